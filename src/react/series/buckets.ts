import type { KonanTimeWindow } from '../../client/data-types.js';

/** The length of a bucket in a time series. */
export type KonanBucketUnit = 'hour' | 'day';

/**
 * One bucket of a series: the part of the window it covers (`start`–`end`, end exclusive) and
 * the UTC hour or day it belongs to (`aligned`). Only the first and last bucket of a window can
 * be cut short by the window's edges (`whole: false`); every other bucket is a whole UTC hour or
 * day, so moving a window keeps most buckets (and their query keys) unchanged.
 */
export interface KonanBucket {
  unit: KonanBucketUnit;
  /** The start of the UTC hour or day the bucket belongs to. */
  aligned: Date;
  start: Date;
  end: Date;
  /** The bucket is the whole hour or day (not cut by the window's edges). */
  whole: boolean;
}

export const BUCKET_MS: Readonly<Record<KonanBucketUnit, number>> = Object.freeze({
  hour: 60 * 60 * 1000,
  day: 24 * 60 * 60 * 1000,
});

/** Windows up to this long are split into hours, longer ones into days. */
export const HOURLY_UP_TO_MS = 2 * BUCKET_MS.day;

/** The bucket unit for a window: `preferred` if given, else hours up to two days, else days. */
export function chooseBucketUnit(
  window: KonanTimeWindow,
  preferred?: KonanBucketUnit | undefined,
): KonanBucketUnit {
  if (preferred) return preferred;
  return window.end.getTime() - window.start.getTime() <= HOURLY_UP_TO_MS ? 'hour' : 'day';
}

/**
 * The start of the UTC hour or day holding `time`. UTC hours and days have a fixed length (no
 * daylight saving), so flooring the epoch milliseconds is exact.
 */
export function alignToBucket(time: number, unit: KonanBucketUnit): number {
  const size = BUCKET_MS[unit];
  return Math.floor(time / size) * size;
}

/**
 * The window cut into UTC-aligned buckets, oldest first. They cover the window exactly: the
 * first starts at `window.start`, each starts where the previous ended, the last ends at
 * `window.end`. An empty (or inverted) window has no buckets.
 */
export function splitWindow(window: KonanTimeWindow, unit: KonanBucketUnit): KonanBucket[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const size = BUCKET_MS[unit];
  const buckets: KonanBucket[] = [];
  for (let aligned = alignToBucket(start, unit); aligned < end; aligned += size) {
    const from = Math.max(aligned, start);
    const to = Math.min(aligned + size, end);
    buckets.push({
      unit,
      aligned: new Date(aligned),
      start: new Date(from),
      end: new Date(to),
      whole: from === aligned && to === aligned + size,
    });
  }
  return buckets;
}

/** The buckets of a window, with the unit chosen from its length unless `preferred` is given. */
export function bucketWindow(
  window: KonanTimeWindow,
  preferred?: KonanBucketUnit | undefined,
): KonanBucket[] {
  return splitWindow(window, chooseBucketUnit(window, preferred));
}
