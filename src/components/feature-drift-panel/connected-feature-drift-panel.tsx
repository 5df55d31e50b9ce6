import { useMemo } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import { useFeatureDrift } from '../../react/hooks/use-feature-drift.js';
import { type KonanConnectedPanelProps, useConnectedPanel } from '../shared/use-connected-panel.js';
import { FeatureDriftPanel } from './feature-drift-panel.js';
import type { FeatureDriftPanelLabels } from './feature-drift-panel-labels.js';

/** `timeWindow` is the current window; `initialPreset` defaults to the last 7 days. */
export interface ConnectedFeatureDriftPanelProps
  extends KonanConnectedPanelProps<FeatureDriftPanelLabels> {
  /** The window the current one is compared with. Default: as long as it, just before it. */
  referenceWindow?: KonanTimeWindow | undefined;
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
  referenceWindow: givenReference,
  maxPredictions,
  ...props
}: ConnectedFeatureDriftPanelProps) {
  const { view, authenticating } = useConnectedPanel(props, '7d');
  const current = view.timeWindow;
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
      {...view}
      drift={query.data}
      pending={query.isFetching || authenticating}
      progress={query.progress}
      onCancel={query.cancel}
      error={query.error}
      onRetry={() => void query.refetch()}
      referenceWindow={reference}
    />
  );
}
