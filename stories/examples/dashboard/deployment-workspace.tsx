import type { KonanDeployment } from '../../../src/client/data-types';
import { ConnectedFeedbackUploader } from '../../../src/components/feedback-uploader';
import { ConnectedMetricsPanel } from '../../../src/components/metrics-panel';
import { ConnectedModelsPanel } from '../../../src/components/models-panel';
import { ConnectedPredictionPlayground } from '../../../src/components/prediction-playground';
import { ConnectedPredictionsTable } from '../../../src/components/predictions-table';
import { FormattedDate } from '../../../src/components/shared';
import { useTimeWindow } from '../../../src/components/time-window-picker';
import { Tabs } from './tabs';

/** Everything about one deployment, in tabs; predictions and metrics share one time window. */
export function DeploymentWorkspace({ deployment }: { deployment: KonanDeployment }) {
  const [timeWindow, setTimeWindow] = useTimeWindow('7d');
  const uuid = deployment.uuid;
  return (
    <article className="dashboard-workspace" aria-labelledby="dashboard-deployment-title">
      <header className="dashboard-workspace-header">
        <h1 id="dashboard-deployment-title" className="dashboard-title">
          {deployment.name}
        </h1>
        <p className="konan-muted dashboard-meta">
          Created <FormattedDate value={deployment.createdAt} withTime /> ·{' '}
          <span className="konan-mono">{uuid}</span>
        </p>
      </header>
      <Tabs
        label={`${deployment.name} sections`}
        tabs={[
          {
            id: 'models',
            label: 'Models',
            render: () => <ConnectedModelsPanel deploymentUuid={uuid} />,
          },
          {
            id: 'predict',
            label: 'Predict',
            render: () => <ConnectedPredictionPlayground deploymentUuid={uuid} />,
          },
          {
            id: 'predictions',
            label: 'Predictions',
            render: () => (
              <ConnectedPredictionsTable
                deploymentUuid={uuid}
                timeWindow={timeWindow}
                onTimeWindowChange={setTimeWindow}
                autoLoad={false}
              />
            ),
          },
          {
            id: 'feedback',
            label: 'Upload feedback',
            render: () => <ConnectedFeedbackUploader deploymentUuid={uuid} />,
          },
          {
            id: 'metrics',
            label: 'Metrics',
            render: () => (
              <ConnectedMetricsPanel
                deploymentUuid={uuid}
                timeWindow={timeWindow}
                onTimeWindowChange={setTimeWindow}
              />
            ),
          },
        ]}
      />
    </article>
  );
}
