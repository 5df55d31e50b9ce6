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
  timeWindow: givenTimeWindow,
  onTimeWindowChange,
  initialPreset = '7d',
  bucket,
  coverage,
  concurrency,
  ...viewProps
}: ConnectedPredictionVolumeChartProps) {
  const { frame, authenticating } = useConnectedPanel(
    { timeWindow: givenTimeWindow, onTimeWindowChange },
    initialPreset,
  );
  const volume = usePredictionVolume(deploymentUuid, frame.timeWindow, {
    bucket,
    coverage,
    concurrency,
  });
  const loading = volume.status === 'pending' || authenticating;
  return (
    <PredictionVolumeChart
      {...viewProps}
      {...frame}
      buckets={loading && volume.buckets.every((b) => b.count === undefined) ? [] : volume.buckets}
      unit={volume.unit}
      pending={loading}
      error={volume.error ?? undefined}
      onRetry={volume.refetch}
    />
  );
}
