import type { KonanCore } from '../../client/client-interface.js';
import type { KonanPrediction, KonanTimeWindow } from '../../client/data-types.js';
import { callListPredictions } from '../endpoints.js';
import type { KonanBucket } from './buckets.js';

/** What one request for a bucket's first page tells: its count, and the feedback on that page. */
export interface KonanBucketCount {
  /** The listing's own `count` for the bucket's window: every prediction in it, not one page. */
  count: number;
  /** Predictions on the first page, and how many of them have feedback. */
  read: number;
  withFeedback: number;
  /** The server's `next` link after the first page (null on the last page). */
  next: string | null;
}

/**
 * The share of a bucket's predictions that have feedback. `exact` when every prediction in the
 * bucket was read; otherwise an estimate from `read` of them (see `bucketCoverage`).
 */
export interface KonanFeedbackCoverage {
  value: number;
  exact: boolean;
  /** How many predictions the value rests on. */
  read: number;
}

/** How coverage is computed; see `bucketCoverage`. */
export interface KonanCoverageOptions {
  /** Read every page of a bucket with at most this many predictions (default 500, 5 pages of 100). */
  exactUpTo?: number | undefined;
  /** Otherwise estimate from the first page of this many equal slices of the bucket (default 4). */
  samplePages?: number | undefined;
}

export const DEFAULT_COVERAGE: Required<KonanCoverageOptions> = Object.freeze({
  exactUpTo: 500,
  samplePages: 4,
});

/**
 * The window sent for a bucket. Whether the listing's `end_time` is inclusive is not in the
 * contract (**inferred**; the emulator includes it), so a bucket asks up to 1 ms before its end:
 * a prediction on a boundary is counted in one bucket, not in two.
 */
export function bucketRequestWindow(bucket: Pick<KonanBucket, 'start' | 'end'>): KonanTimeWindow {
  const start = bucket.start.getTime();
  const end = bucket.end.getTime();
  return { start: new Date(start), end: new Date(end - 1 > start ? end - 1 : end) };
}

const hasFeedback = (prediction: KonanPrediction) => prediction.feedback !== undefined;

/** One request: the first page of the bucket's window. */
export async function countBucket(
  client: KonanCore,
  deploymentUuid: string,
  window: KonanTimeWindow,
  signal?: AbortSignal,
): Promise<KonanBucketCount> {
  const page = await callListPredictions(client, deploymentUuid, window, { signal });
  return {
    count: page.count,
    read: page.predictions.length,
    withFeedback: page.predictions.filter(hasFeedback).length,
    next: page.next ?? null,
  };
}

/**
 * The feedback coverage of a bucket whose first page is `counted`:
 * - every prediction on the first page: exact, no further request;
 * - at most `exactUpTo` predictions: the remaining pages are read (following `next`): exact;
 * - more: an estimate. The bucket is cut into `samplePages` equal slices and the first page of
 *   each is read; each slice's share weighs by its own `count`. Slices spread the sample over the
 *   whole bucket, where the first pages alone (newest first) would over-weigh the latest
 *   predictions, the ones least likely to have feedback yet. With pages of 100 and 4 slices, the
 *   estimate rests on ~400 predictions: a standard error of at most 2.5 percentage points.
 * A bucket without predictions has no coverage (`null`).
 */
export async function bucketCoverage(
  client: KonanCore,
  deploymentUuid: string,
  window: KonanTimeWindow,
  counted: KonanBucketCount,
  options: KonanCoverageOptions = {},
  signal?: AbortSignal,
): Promise<KonanFeedbackCoverage | null> {
  const exactUpTo = options.exactUpTo ?? DEFAULT_COVERAGE.exactUpTo;
  const samplePages = Math.max(1, Math.floor(options.samplePages ?? DEFAULT_COVERAGE.samplePages));
  if (counted.count === 0 || counted.read === 0) return null;
  if (counted.read >= counted.count || counted.next === null) {
    return { value: counted.withFeedback / counted.read, exact: true, read: counted.read };
  }
  if (counted.count <= exactUpTo) {
    let read = counted.read;
    let withFeedback = counted.withFeedback;
    let next: string | null = counted.next;
    const seen = new Set<string>();
    while (next !== null && !seen.has(next) && read < counted.count) {
      seen.add(next);
      const page = await callListPredictions(client, deploymentUuid, window, {
        signal,
        pageUrl: next,
      });
      read += page.predictions.length;
      withFeedback += page.predictions.filter(hasFeedback).length;
      next = page.next ?? null;
    }
    return { value: withFeedback / read, exact: next === null, read };
  }
  const start = window.start.getTime();
  const length = window.end.getTime() - start;
  // One slice after another: the scheduler's slot this task holds is one request at a time.
  const slices: KonanBucketCount[] = [];
  for (let index = 0; index < samplePages; index++) {
    const from = start + Math.floor((length * index) / samplePages);
    const last = index === samplePages - 1;
    const to = last ? start + length : start + Math.floor((length * (index + 1)) / samplePages) - 1;
    const slice = { start: new Date(from), end: new Date(Math.max(from, to)) };
    slices.push(await countBucket(client, deploymentUuid, slice, signal));
  }
  let weighted = 0;
  let weight = 0;
  let read = 0;
  let exact = true;
  for (const slice of slices) {
    read += slice.read;
    if (slice.read === 0) continue;
    weighted += slice.count * (slice.withFeedback / slice.read);
    weight += slice.count;
    if (slice.read < slice.count) exact = false;
  }
  if (weight === 0) {
    return { value: counted.withFeedback / counted.read, exact: false, read: counted.read };
  }
  return { value: weighted / weight, exact, read };
}

/** The coverage of several buckets together: each weighs by its count; exact if all are. */
export function combineCoverage(
  parts: readonly { count: number; coverage: KonanFeedbackCoverage | null | undefined }[],
): KonanFeedbackCoverage | null {
  let weighted = 0;
  let weight = 0;
  let read = 0;
  let exact = true;
  for (const { count, coverage } of parts) {
    if (!coverage) continue;
    weighted += count * coverage.value;
    weight += count;
    read += coverage.read;
    exact &&= coverage.exact;
  }
  return weight === 0 ? null : { value: weighted / weight, exact, read };
}
