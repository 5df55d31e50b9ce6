import {
  type KonanPredictionVolumeOptions,
  usePredictionVolume,
} from '../../react/hooks/use-prediction-volume.js';
import { type KonanConnectedPanelProps, useConnectedPanel } from '../shared/use-connected-panel.js';
import { PredictionVolumeChart } from './prediction-volume-chart.js';
import type { PredictionVolumeChartLabels } from './prediction-volume-chart-labels.js';

/** `initialPreset` defaults to the last 7 days. */
export interface ConnectedPredictionVolumeChartProps
  extends KonanConnectedPanelProps<PredictionVolumeChartLabels>,
    Pick<KonanPredictionVolumeOptions, 'bucket' | 'coverage' | 'concurrency'> {
  height?: number | undefined;
}

/** `PredictionVolumeChart` wired to `usePredictionVolume`; needs a `KonanProvider` above it. */
export function ConnectedPredictionVolumeChart({
  deploymentUuid,
  bucket,
  coverage,
  concurrency,
  ...props
}: ConnectedPredictionVolumeChartProps) {
  const { view, authenticating } = useConnectedPanel(props, '7d');
  const volume = usePredictionVolume(deploymentUuid, view.timeWindow, {
    bucket,
    coverage,
    concurrency,
  });
  const loading = volume.status === 'pending' || authenticating;
  return (
    <PredictionVolumeChart
      {...view}
      buckets={loading && volume.buckets.every((b) => b.count === undefined) ? [] : volume.buckets}
      unit={volume.unit}
      pending={loading}
      error={volume.error ?? undefined}
      onRetry={volume.refetch}
    />
  );
}
