import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { KonanTimeWindow } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { konanVolumeQueries } from '../query/volume-queries.js';
import {
  chooseBucketUnit,
  type KonanBucket,
  type KonanBucketUnit,
  splitWindow,
} from '../series/buckets.js';
import {
  bucketRequestWindow,
  combineCoverage,
  type KonanCoverageOptions,
  type KonanFeedbackCoverage,
} from '../series/prediction-volume.js';
import { createScheduler } from '../series/schedule.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { useWindowTimes } from './use-window-times.js';

/** One bucket of a prediction volume series. */
export interface KonanVolumeBucket extends KonanBucket {
  /** Predictions in the bucket; `undefined` while loading or when its request failed. */
  count: number | undefined;
  /**
   * The share with feedback: `null` for a bucket without predictions (or with coverage off),
   * `undefined` while loading or failed.
   */
  coverage: KonanFeedbackCoverage | null | undefined;
  /** Why the bucket's count or coverage could not be loaded. */
  error: KonanError | null;
}

export interface KonanPredictionVolumeOptions {
  /** `hour` or `day`; by default hours for windows up to two days, days beyond. */
  bucket?: KonanBucketUnit | undefined;
  /**
   * Feedback coverage per bucket (default on): `false` for counts only, or the thresholds of
   * exact reading and sampling (see `KonanCoverageOptions`).
   */
  coverage?: boolean | KonanCoverageOptions | undefined;
  /** How many requests run at once across the buckets (default 4). */
  concurrency?: number | undefined;
  /** As in TanStack Query; combined with the session's and the arguments'. */
  enabled?: boolean | undefined;
  staleTime?: number | undefined;
  gcTime?: number | undefined;
  refetchInterval?: number | false | undefined;
}

export interface KonanPredictionVolume {
  unit: KonanBucketUnit;
  /** Every bucket of the window, oldest first, loaded or not. */
  buckets: KonanVolumeBucket[];
  /** `pending` until every count is in or failed; `error` if every bucket failed. */
  status: 'pending' | 'error' | 'success';
  isFetching: boolean;
  /** The first failure, if any bucket failed. */
  error: KonanError | null;
  /** Buckets whose count could not be loaded (a partial series when some did load). */
  failed: number;
  /** Predictions in the loaded buckets. */
  total: number;
  /** Coverage over the loaded buckets, each weighted by its count; `null` if none has any. */
  coverage: KonanFeedbackCoverage | null;
  /** Load again what failed (and refresh the rest if stale). */
  refetch(): void;
}

const NO_BUCKETS: KonanBucket[] = [];

/**
 * Predictions per hour or day in a window, with the share that has feedback. Each bucket is one
 * request to the predictions listing for its window, reading only `count` (no paging), so volume
 * does not depend on the number of predictions nor on `created_at` (**inferred** in the
 * contract). Buckets are UTC hours or days and each has its own query key, so moving the window
 * reuses the buckets already loaded. Coverage is exact for buckets of up to `exactUpTo`
 * predictions, else an estimate (`coverage.exact === false`). Keep the window stable between
 * renders (state or `useMemo`); pass `undefined` to wait.
 */
export function usePredictionVolume(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindow | undefined,
  options: KonanPredictionVolumeOptions = {},
): KonanPredictionVolume {
  const { client, queryClient, authenticated } = useKonanQueryContext('usePredictionVolume');
  const { bucket, coverage = true, concurrency = 4, enabled = true, ...timing } = options;
  const times = useWindowTimes(timeWindow);
  const start = times?.start;
  const end = times?.end;
  const unit =
    bucket ??
    (start === undefined || end === undefined
      ? 'hour'
      : chooseBucketUnit({ start: new Date(start), end: new Date(end) }));
  const buckets = useMemo(
    () =>
      start === undefined || end === undefined
        ? NO_BUCKETS
        : splitWindow({ start: new Date(start), end: new Date(end) }, unit),
    [start, end, unit],
  );
  const schedule = useMemo(() => createScheduler(concurrency), [concurrency]);
  const on = authenticated && Boolean(deploymentUuid) && enabled;
  const uuid = deploymentUuid ?? '';
  const thresholds = typeof coverage === 'object' ? coverage : undefined;

  const counts = useQueries(
    {
      queries: buckets.map((b) => ({
        ...konanVolumeQueries.predictionCount(client, uuid, bucketRequestWindow(b), schedule),
        ...timing,
        enabled: on,
      })),
    },
    queryClient,
  );
  const coverages = useQueries(
    {
      queries: buckets.map((b, index) => {
        const counted = counts[index]?.data;
        return {
          ...konanVolumeQueries.feedbackCoverage(
            client,
            uuid,
            bucketRequestWindow(b),
            counted ?? { count: 0, read: 0, withFeedback: 0, next: null },
            thresholds,
            schedule,
          ),
          ...timing,
          enabled: on && coverage !== false && counted !== undefined,
        };
      }),
    },
    queryClient,
  );

  const refetch = useCallback(() => {
    for (const query of counts) if (query.isError || query.isStale) void query.refetch();
    for (const query of coverages) if (query.isError) void query.refetch();
  }, [counts, coverages]);

  const series = buckets.map((b, index): KonanVolumeBucket => {
    const count = counts[index];
    const covered = coverages[index];
    return {
      ...b,
      count: count?.data?.count,
      coverage: coverage === false ? null : count?.data?.count === 0 ? null : covered?.data,
      error: count?.error ?? covered?.error ?? null,
    };
  });
  const failed = counts.filter((query) => query.isError).length;
  const settled = counts.every((query) => query.isSuccess || query.isError);
  const total = series.reduce((sum, b) => sum + (b.count ?? 0), 0);
  return {
    unit,
    buckets: series,
    status:
      !settled || !on ? 'pending' : failed > 0 && failed === counts.length ? 'error' : 'success',
    isFetching: counts.some((q) => q.isFetching) || coverages.some((q) => q.isFetching),
    error: series.find((b) => b.error)?.error ?? null,
    failed,
    total,
    coverage: combineCoverage(series.map((b) => ({ count: b.count ?? 0, coverage: b.coverage }))),
    refetch,
  };
}
