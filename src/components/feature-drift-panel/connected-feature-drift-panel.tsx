import { useMemo } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import { useFeatureDrift } from '../../react/hooks/use-feature-drift.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { FeatureDriftPanel } from './feature-drift-panel.js';
import type { FeatureDriftPanelLabels } from './feature-drift-panel-labels.js';

export interface ConnectedFeatureDriftPanelProps
  extends KonanHeadedViewProps<FeatureDriftPanelLabels> {
  deploymentUuid: string;
  /** The current window, controlled from outside (e.g. one window for a whole dashboard). */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the current one is compared with. Default: as long as it, just before it. */
  referenceWindow?: KonanTimeWindow | undefined;
  /** The current window the panel starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  /** Most predictions read per window (the latest). Default 20,000. */
  maxPredictions?: number;
}

/** The window of the same length just before `window`. */
export function windowBefore(window: KonanTimeWindow): KonanTimeWindow {
  const length = window.end.getTime() - window.start.getTime();
  return { start: new Date(window.start.getTime() - length), end: new Date(window.start) };
}

/** `FeatureDriftPanel` wired to `useFeatureDrift`; needs a `KonanProvider` above it. */
export function ConnectedFeatureDriftPanel({
  deploymentUuid,
  timeWindow: controlledTimeWindow,
  onTimeWindowChange,
  referenceWindow: givenReference,
  initialPreset = '7d',
  maxPredictions,
  ...viewProps
}: ConnectedFeatureDriftPanelProps) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset);
  const current = controlledTimeWindow ?? ownTimeWindow;
  const reference = useMemo(
    () => givenReference ?? windowBefore(current),
    [givenReference, current],
  );
  const windows = useMemo(
    () => ({ current, reference, ...(maxPredictions !== undefined && { maxPredictions }) }),
    [current, reference, maxPredictions],
  );
  const query = useFeatureDrift(deploymentUuid, windows);
  return (
    <FeatureDriftPanel
      {...viewProps}
      drift={query.data}
      pending={query.isFetching || session.status === 'authenticating'}
      progress={query.progress}
      onCancel={query.cancel}
      error={query.error}
      onRetry={() => void query.refetch()}
      signedOut={session.status === 'anonymous' || session.status === 'error'}
      timeWindow={current}
      onTimeWindowChange={controlledTimeWindow ? onTimeWindowChange : setOwnTimeWindow}
      referenceWindow={reference}
    />
  );
}
