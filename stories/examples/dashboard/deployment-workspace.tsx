import { useEffect } from 'react';
import type {
  KonanDeployment,
  KonanDeploymentCreationResponse,
} from '../../../src/client/data-types';
import { DeploymentErrorsPanel } from '../../../src/components/deployment-errors-panel';
import { ConnectedFeatureDriftPanel } from '../../../src/components/feature-drift-panel';
import { ConnectedFeedbackUploader } from '../../../src/components/feedback-uploader';
import { ConnectedMetricTrendChart } from '../../../src/components/metric-trend-chart';
import { ConnectedMetricsPanel } from '../../../src/components/metrics-panel';
import { ConnectedModelsPanel } from '../../../src/components/models-panel';
import { ConnectedPredictionPlayground } from '../../../src/components/prediction-playground';
import { ConnectedPredictionVolumeChart } from '../../../src/components/prediction-volume-chart';
import { ConnectedPredictionsTable } from '../../../src/components/predictions-table';
import { Alert, Badge, FormattedDate } from '../../../src/components/shared';
import { useTimeWindow } from '../../../src/components/time-window-picker';
import { useModels } from '../../../src/react';
import type { DashboardLabels } from './dashboard-labels';
import { Tabs } from './tabs';

interface DeploymentWorkspaceProps {
  deployment: KonanDeployment;
  /** What Konan answered when this app created the deployment, if it did. */
  creation?: KonanDeploymentCreationResponse | undefined;
  /** The live model is no longer the one whose creation failed: forget that failure. */
  onServing?: () => void;
  labels: DashboardLabels;
}

/** Everything about one deployment, in tabs; predictions and metrics share one time window. */
export function DeploymentWorkspace({
  deployment,
  creation,
  onServing,
  labels,
}: DeploymentWorkspaceProps) {
  const [timeWindow, setTimeWindow] = useTimeWindow('7d');
  const uuid = deployment.uuid;
  // What every windowed view of this deployment is given.
  const windowed = { deploymentUuid: uuid, timeWindow, onTimeWindowChange: setTimeWindow };
  // The same query as the models tab: known once loaded, never a guess.
  const models = useModels(uuid);
  const live = models.data?.find((m) => m.state === 'live');
  const creationErrors = creation?.errors ?? [];
  // Konan's model list cannot tell a live model whose container failed; the creation answer can.
  const failedLive =
    creationErrors.length > 0 &&
    live !== undefined &&
    (creation?.liveModel === undefined || creation.liveModel.uuid === live.uuid);
  const notServing = models.data !== undefined && (live === undefined || failedLive);
  useEffect(() => {
    if (creationErrors.length > 0 && models.data !== undefined && live && !failedLive)
      onServing?.();
  }, [creationErrors.length, models.data, live, failedLive, onServing]);
  return (
    <article className="dashboard-workspace" aria-labelledby="dashboard-deployment-title">
      <header className="dashboard-workspace-header">
        <div className="dashboard-workspace-title">
          <h1 id="dashboard-deployment-title" className="dashboard-title">
            {deployment.name}
          </h1>
          {notServing ? <Badge tone="warning">{labels.notServing}</Badge> : null}
        </div>
        <p className="konan-muted dashboard-meta">
          {labels.created} <FormattedDate value={deployment.createdAt} withTime /> ·{' '}
          <span className="konan-mono">{uuid}</span>
        </p>
      </header>
      {notServing ? (
        <Alert tone="warning" title={labels.notServingTitle} live={false}>
          <p>{labels.notServingHint}</p>
        </Alert>
      ) : null}
      {notServing && creationErrors.length > 0 && creation ? (
        <details className="dashboard-creation-errors" open>
          <summary>{labels.creationProblems}</summary>
          <DeploymentErrorsPanel
            errors={creationErrors}
            containerLogs={creation.containerLogs ?? ''}
            headingLevel={2}
            logHeight={240}
          />
        </details>
      ) : null}
      <Tabs
        label={labels.sections(deployment.name)}
        tabs={[
          {
            id: 'models',
            label: labels.tabs.models,
            render: () => (
              <ConnectedModelsPanel deploymentUuid={uuid} liveNotServing={failedLive} />
            ),
          },
          {
            id: 'predict',
            label: labels.tabs.predict,
            render: () => <ConnectedPredictionPlayground deploymentUuid={uuid} />,
          },
          {
            id: 'predictions',
            label: labels.tabs.predictions,
            render: () => <ConnectedPredictionsTable {...windowed} autoLoad={false} />,
          },
          {
            id: 'feedback',
            label: labels.tabs.feedback,
            render: () => <ConnectedFeedbackUploader deploymentUuid={uuid} />,
          },
          {
            id: 'metrics',
            label: labels.tabs.metrics,
            render: () => (
              <div className="dashboard-stack">
                <ConnectedMetricsPanel {...windowed} />
                <ConnectedMetricTrendChart {...windowed} />
              </div>
            ),
          },
          {
            id: 'monitoring',
            label: labels.tabs.monitoring,
            render: () => (
              <div className="dashboard-stack">
                <ConnectedPredictionVolumeChart {...windowed} />
                <ConnectedFeatureDriftPanel {...windowed} />
              </div>
            ),
          },
        ]}
      />
    </article>
  );
}
