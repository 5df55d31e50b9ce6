import { defaultContainerLogViewerLabels } from '../components/container-log-viewer/container-log-viewer-labels.js';
import { defaultCreateDeploymentFormLabels } from '../components/create-deployment-form/create-deployment-form-labels.js';
import { defaultDeploymentErrorsPanelLabels } from '../components/deployment-errors-panel/deployment-errors-panel-labels.js';
import { defaultDeploymentOverviewLabels } from '../components/deployment-overview/deployment-overview-labels.js';
import { defaultDeploymentsListLabels } from '../components/deployments-list/deployments-list-labels.js';
import { defaultFeatureDriftPanelLabels } from '../components/feature-drift-panel/feature-drift-panel-labels.js';
import { defaultFeedbackResultsTableLabels } from '../components/feedback-results-table/feedback-results-table-labels.js';
import { defaultFeedbackUploaderLabels } from '../components/feedback-uploader/feedback-uploader-labels.js';
import { defaultLoginFormLabels } from '../components/login-form/login-form-labels.js';
import { defaultMetricTrendChartLabels } from '../components/metric-trend-chart/metric-trend-chart-labels.js';
import { defaultMetricsPanelLabels } from '../components/metrics-panel/metrics-panel-labels.js';
import { defaultModelsPanelLabels } from '../components/models-panel/models-panel-labels.js';
import { defaultPredictionPlaygroundLabels } from '../components/prediction-playground/prediction-playground-labels.js';
import { defaultPredictionVolumeChartLabels } from '../components/prediction-volume-chart/prediction-volume-chart-labels.js';
import { defaultPredictionsTableLabels } from '../components/predictions-table/predictions-table-labels.js';
import { defaultErrorAlertLabels } from '../components/shared/error-alert-labels.js';
import type { KonanLabelPack } from '../components/shared/label-pack.js';
import { defaultTimeWindowPickerLabels } from '../components/time-window-picker/time-window-picker-labels.js';

/**
 * Every component's English text (the components' defaults, gathered): a starting point for a
 * pack of your own, or a way back to English below a provider that set another pack.
 * `import { konanEnglishLabels } from 'konan-react/locales/en'`.
 */
export const konanEnglishLabels = {
  loginForm: defaultLoginFormLabels,
  createDeploymentForm: defaultCreateDeploymentFormLabels,
  deploymentErrorsPanel: defaultDeploymentErrorsPanelLabels,
  containerLogViewer: defaultContainerLogViewerLabels,
  feedbackResultsTable: defaultFeedbackResultsTableLabels,
  feedbackUploader: defaultFeedbackUploaderLabels,
  predictionPlayground: defaultPredictionPlaygroundLabels,
  predictionsTable: defaultPredictionsTableLabels,
  metricsPanel: defaultMetricsPanelLabels,
  metricTrendChart: defaultMetricTrendChartLabels,
  modelsPanel: defaultModelsPanelLabels,
  deploymentsList: defaultDeploymentsListLabels,
  timeWindowPicker: defaultTimeWindowPickerLabels,
  errorAlert: defaultErrorAlertLabels,
  featureDriftPanel: defaultFeatureDriftPanelLabels,
  predictionVolumeChart: defaultPredictionVolumeChartLabels,
  deploymentOverview: defaultDeploymentOverviewLabels,
} satisfies KonanLabelPack;
