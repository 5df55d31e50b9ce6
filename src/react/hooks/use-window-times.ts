import { useMemo } from 'react';
import type { KonanTimeWindowInput } from '../../client/data-types.js';
import { isRelativeTimeWindow, resolveTimeWindow } from '../query/resolve-time-window.js';

/**
 * A window's start and end in milliseconds, stable across renders: what a hook that splits a
 * window into buckets keys its buckets on. A relative window ("the last 7 days") is resolved
 * once per window object, not on every render: its `start` and `end` read the clock, so keying
 * on them would give the newest bucket a new key on each render and refetch without end.
 */
export function useWindowTimes(
  timeWindow: KonanTimeWindowInput | undefined,
): { start: number; end: number } | undefined {
  const relative = timeWindow !== undefined && isRelativeTimeWindow(timeWindow);
  const fixedStart = timeWindow && !relative ? resolveTimeWindow(timeWindow).start.getTime() : 0;
  const fixedEnd = timeWindow && !relative ? resolveTimeWindow(timeWindow).end.getTime() : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fixed window's identity is its times, a relative one's is the object.
  return useMemo(() => {
    if (timeWindow === undefined) return undefined;
    if (!relative) return { start: fixedStart, end: fixedEnd };
    const resolved = resolveTimeWindow(timeWindow);
    return { start: resolved.start.getTime(), end: resolved.end.getTime() };
  }, [relative ? timeWindow : undefined, relative, fixedStart, fixedEnd, timeWindow === undefined]);
}
