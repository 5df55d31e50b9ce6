import { useCallback, useState } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import { type KonanTimeWindowPreset, presetWindow, sameWindow } from './time-window.js';

/**
 * A time window held in React state, starting as a preset. A preset is relative: it ends at
 * "now" whenever the queries given it run, and its key stays the same as the clock moves; a
 * custom range is fixed. The window object only changes when a different window is set. Relative
 * windows also read as fixed ones (`start`/`end` as of now), hence the `KonanTimeWindow` type.
 */
export function useTimeWindow(
  initialPreset: KonanTimeWindowPreset = '7d',
): readonly [KonanTimeWindow, (window: KonanTimeWindow) => void] {
  const [window, setState] = useState<KonanTimeWindow>(() => presetWindow(initialPreset));
  const setWindow = useCallback((next: KonanTimeWindow) => {
    setState((previous) => (sameWindow(previous, next) ? previous : next));
  }, []);
  return [window, setWindow] as const;
}
