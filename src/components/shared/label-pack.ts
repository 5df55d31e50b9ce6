import type { ContainerLogViewerLabels } from '../container-log-viewer/container-log-viewer-labels.js';
import type { CreateDeploymentFormLabels } from '../create-deployment-form/create-deployment-form-labels.js';
import type { DeploymentErrorsPanelLabels } from '../deployment-errors-panel/deployment-errors-panel-labels.js';
import type { DeploymentOverviewLabels } from '../deployment-overview/deployment-overview-labels.js';
import type { DeploymentsListLabels } from '../deployments-list/deployments-list-labels.js';
import type { FeatureDriftPanelLabels } from '../feature-drift-panel/feature-drift-panel-labels.js';
import type { FeedbackResultsTableLabels } from '../feedback-results-table/feedback-results-table-labels.js';
import type { FeedbackUploaderLabels } from '../feedback-uploader/feedback-uploader-labels.js';
import type { LoginFormLabels } from '../login-form/login-form-labels.js';
import type { MetricTrendChartLabels } from '../metric-trend-chart/metric-trend-chart-labels.js';
import type { MetricsPanelLabels } from '../metrics-panel/metrics-panel-labels.js';
import type { ModelsPanelLabels } from '../models-panel/models-panel-labels.js';
import type { PredictionPlaygroundLabels } from '../prediction-playground/prediction-playground-labels.js';
import type { PredictionVolumeChartLabels } from '../prediction-volume-chart/prediction-volume-chart-labels.js';
import type { PredictionsTableLabels } from '../predictions-table/predictions-table-labels.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';
import type { ErrorAlertLabels } from './error-alert-labels.js';

/**
 * Every text of every Konan component, one key per component (its name in camelCase), each the
 * component's full labels. A language is one pack: `konanEnglishLabels` from
 * `konan-react/locales/en`, `konanArabicLabels` from `konan-react/locales/ar`, or your own
 * (`satisfies KonanLabelPack` makes a missing text a compile error). Hand it to
 * `<KonanUIProvider labels={pack}>`. `LoginForm`'s signed-in view reads `loginForm`.
 */
export interface KonanLabelPack {
  loginForm: LoginFormLabels;
  createDeploymentForm: CreateDeploymentFormLabels;
  deploymentErrorsPanel: DeploymentErrorsPanelLabels;
  containerLogViewer: ContainerLogViewerLabels;
  feedbackResultsTable: FeedbackResultsTableLabels;
  feedbackUploader: FeedbackUploaderLabels;
  predictionPlayground: PredictionPlaygroundLabels;
  predictionsTable: PredictionsTableLabels;
  metricsPanel: MetricsPanelLabels;
  metricTrendChart: MetricTrendChartLabels;
  modelsPanel: ModelsPanelLabels;
  deploymentsList: DeploymentsListLabels;
  timeWindowPicker: TimeWindowPickerLabels;
  /** The words of every error alert (what happened, what to do, the technical details). */
  errorAlert: ErrorAlertLabels;
  featureDriftPanel: FeatureDriftPanelLabels;
  predictionVolumeChart: PredictionVolumeChartLabels;
  deploymentOverview: DeploymentOverviewLabels;
}

/** The component keys of a `KonanLabelPack`. */
export type KonanLabelPackKey = keyof KonanLabelPack;

/**
 * What `KonanUIProvider labels` takes: a full pack, or some components' texts (each partial),
 * e.g. `{ loginForm: { title: 'Sign in to Acme ML' } }`.
 */
export type KonanPartialLabelPack = {
  [K in KonanLabelPackKey]?: Partial<KonanLabelPack[K]> | undefined;
};
