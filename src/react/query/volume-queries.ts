import { queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanTimeWindow } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import {
  bucketCoverage,
  countBucket,
  DEFAULT_COVERAGE,
  type KonanBucketCount,
  type KonanCoverageOptions,
  type KonanFeedbackCoverage,
} from '../series/prediction-volume.js';
import type { KonanScheduler } from '../series/schedule.js';
import {
  type KonanFeedbackCoverageKey,
  type KonanPredictionCountKey,
  konanKeys,
} from './konan-keys.js';

/** Runs a query's requests now, or through a scheduler that bounds how many run at once. */
const now = <T>(task: () => Promise<T>) => task();
const retry = false;

/**
 * The query options behind `usePredictionVolume`, apart from `konanQueries` so that an app using
 * no volume does not bundle its code (`konanQueries` is one object: all of it or nothing).
 */
export const konanVolumeQueries = {
  /**
   * The number of predictions in a window from one request (the listing's `count`; no paging),
   * with the feedback on its first page. `schedule` bounds concurrency across a series' buckets.
   */
  predictionCount: (
    client: KonanCore,
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    schedule: KonanScheduler = now,
  ) =>
    queryOptions<KonanBucketCount, KonanError, KonanBucketCount, KonanPredictionCountKey>({
      queryKey: konanKeys.predictionCount(konanKeys.scopeOf(client), deploymentUuid, timeWindow),
      queryFn: ({ signal }) =>
        schedule(() => countBucket(client, deploymentUuid, timeWindow, signal), signal),
      retry,
    }),

  /**
   * The share of a window's predictions with feedback, given its `predictionCount`: exact for a
   * small window, else estimated from a sample of pages (see `bucketCoverage`).
   */
  feedbackCoverage: (
    client: KonanCore,
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    counted: KonanBucketCount,
    options: KonanCoverageOptions = {},
    schedule: KonanScheduler = now,
  ) =>
    queryOptions<
      KonanFeedbackCoverage | null,
      KonanError,
      KonanFeedbackCoverage | null,
      KonanFeedbackCoverageKey
    >({
      queryKey: konanKeys.feedbackCoverage(konanKeys.scopeOf(client), deploymentUuid, timeWindow, {
        count: counted.count,
        exactUpTo: options.exactUpTo ?? DEFAULT_COVERAGE.exactUpTo,
        samplePages: options.samplePages ?? DEFAULT_COVERAGE.samplePages,
      }),
      queryFn: ({ signal }) =>
        schedule(
          () => bucketCoverage(client, deploymentUuid, timeWindow, counted, options, signal),
          signal,
        ),
      retry,
    }),
};
