import type { KonanTimeWindow } from '../../client/data-types.js';
import {
  type KonanPredictionVolumeOptions,
  usePredictionVolume,
} from '../../react/hooks/use-prediction-volume.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { PredictionVolumeChart } from './prediction-volume-chart.js';
import type { PredictionVolumeChartLabels } from './prediction-volume-chart-labels.js';

export interface ConnectedPredictionVolumeChartProps
  extends KonanHeadedViewProps<PredictionVolumeChartLabels>,
    Pick<KonanPredictionVolumeOptions, 'bucket' | 'coverage' | 'concurrency'> {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the chart starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  height?: number | undefined;
}

/** `PredictionVolumeChart` wired to `usePredictionVolume`; needs a `KonanProvider` above it. */
export function ConnectedPredictionVolumeChart({
  deploymentUuid,
  timeWindow: controlledTimeWindow,
  onTimeWindowChange,
  initialPreset = '7d',
  bucket,
  coverage,
  concurrency,
  ...viewProps
}: ConnectedPredictionVolumeChartProps) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset);
  const timeWindow = controlledTimeWindow ?? ownTimeWindow;
  const volume = usePredictionVolume(deploymentUuid, timeWindow, { bucket, coverage, concurrency });
  const loading = volume.status === 'pending' || session.status === 'authenticating';
  return (
    <PredictionVolumeChart
      {...viewProps}
      buckets={loading && volume.buckets.every((b) => b.count === undefined) ? [] : volume.buckets}
      unit={volume.unit}
      pending={loading}
      error={volume.error ?? undefined}
      onRetry={volume.refetch}
      signedOut={session.status === 'anonymous' || session.status === 'error'}
      timeWindow={timeWindow}
      onTimeWindowChange={controlledTimeWindow ? onTimeWindowChange : setOwnTimeWindow}
    />
  );
}
