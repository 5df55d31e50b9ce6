import { useMemo } from 'react';
import type { KonanDeployment, KonanTimeWindow } from '../../client/data-types.js';
import { useEvaluationSeries } from '../../react/hooks/use-evaluation-series.js';
import { useModels } from '../../react/hooks/use-models.js';
import { usePredictionVolume } from '../../react/hooks/use-prediction-volume.js';
import type { KonanHeadingLevel } from '../shared/heading.js';
import { modelStateKind } from '../shared/model-state.js';
import { DeploymentOverviewCard } from './deployment-overview-card.js';
import type { DeploymentOverviewLabels } from './deployment-overview-labels.js';
import { latestMetric } from './overview-metric.js';

export interface ConnectedOverviewCardProps {
  deployment: KonanDeployment;
  /** From `useNotServing` over the whole list: the deployment is known to have no live model. */
  notServing: boolean;
  /** The last 24 hours and the last 7 days, fixed when the overview mounted (stable query keys). */
  windows: { day: KonanTimeWindow; week: KonanTimeWindow };
  labels: DeploymentOverviewLabels;
  headingLevel: KonanHeadingLevel;
  onSelectDeployment?: ((deploymentUuid: string) => void) | undefined;
}

/** One deployment's card, loading its own models, volume and metric (so each card fills in on its own). */
export function ConnectedOverviewCard({
  deployment,
  notServing,
  windows,
  labels,
  headingLevel,
  onSelectDeployment,
}: ConnectedOverviewCardProps) {
  // The same models query `useNotServing` reads: no second request.
  const models = useModels(deployment.uuid, { staleTime: 30_000 });
  const volume = usePredictionVolume(deployment.uuid, windows.day, { bucket: 'hour' });
  const series = useEvaluationSeries(deployment.uuid, windows.week, { bucket: 'day' });
  const live = models.data?.find((model) => modelStateKind(model.state) === 'live');
  const metric = useMemo(
    () => (series.settled === series.points.length ? latestMetric(series.points) : undefined),
    [series.settled, series.points],
  );
  const volumeDone = volume.status !== 'pending';
  return (
    <DeploymentOverviewCard
      labels={labels}
      headingLevel={headingLevel}
      onSelectDeployment={onSelectDeployment}
      item={{
        uuid: deployment.uuid,
        name: deployment.name,
        liveModel: notServing ? null : live ? live.name : models.data ? null : undefined,
        hourly: volumeDone ? volume.buckets.map((b) => b.count ?? null) : undefined,
        total: volumeDone && volume.status === 'success' ? volume.total : undefined,
        volumePending: !volumeDone,
        volumeError: volume.status === 'error' ? volume.error : undefined,
        coverage: volumeDone ? volume.coverage : undefined,
        metric: series.status === 'error' ? undefined : metric,
        metricPending: metric === undefined && series.status !== 'error',
        metricError: series.status === 'error' ? series.error : undefined,
      }}
    />
  );
}
