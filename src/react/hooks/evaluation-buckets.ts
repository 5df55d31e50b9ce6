import type { KonanTimeWindow } from '../../client/data-types.js';

/** How long one bucket of a series is. */
export type KonanSeriesBucketSize = 'hour' | 'day';

const MAX_BUCKETS = 1_000;

function floorTo(time: number, size: KonanSeriesBucketSize): Date {
  const date = new Date(time);
  if (size === 'day') date.setHours(0, 0, 0, 0);
  else date.setMinutes(0, 0, 0);
  return date;
}

function next(date: Date, size: KonanSeriesBucketSize): Date {
  const after = new Date(date);
  // Calendar arithmetic, so a day across a daylight-saving change is still one local day.
  if (size === 'day') after.setDate(after.getDate() + 1);
  else after.setHours(after.getHours() + 1);
  return after;
}

/**
 * The window cut into aligned buckets (local midnights or whole hours); the first and last are
 * clipped to the window. At most 1,000 (the latest), so a mistaken window cannot flood the API.
 */
export function seriesBuckets(
  window: KonanTimeWindow,
  size: KonanSeriesBucketSize,
): KonanTimeWindow[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return [];
  const buckets: KonanTimeWindow[] = [];
  for (let at = floorTo(start, size); at.getTime() < end; at = next(at, size)) {
    const to = next(at, size);
    buckets.push({
      start: new Date(Math.max(at.getTime(), start)),
      end: new Date(Math.min(to.getTime(), end)),
    });
  }
  return buckets.slice(-MAX_BUCKETS);
}
