import { useCallback, useState } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import { type KonanTimeWindowPreset, lastWindow, sameWindow } from './time-window.js';

/**
 * A time window held in React state, starting as a preset ending now. The window object only
 * changes when a different window is set, so query keys built from it stay stable.
 */
export function useTimeWindow(
  initialPreset: KonanTimeWindowPreset = '7d',
): readonly [KonanTimeWindow, (window: KonanTimeWindow) => void] {
  const [window, setState] = useState<KonanTimeWindow>(() => lastWindow(initialPreset));
  const setWindow = useCallback((next: KonanTimeWindow) => {
    setState((previous) => (sameWindow(previous, next) ? previous : next));
  }, []);
  return [window, setWindow] as const;
}
