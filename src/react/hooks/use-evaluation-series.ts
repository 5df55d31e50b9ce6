import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import type { KonanEvaluationBucketKey } from '../query/konan-keys.js';
import { konanSeriesQueries } from '../query/series-queries.js';
import { type KonanBucket, type KonanBucketUnit, splitWindow } from '../series/buckets.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { createConcurrencyLimit } from './concurrency-limit.js';
import { enabledWith, type KonanQueryOptions } from './hook-options.js';
import { useWindowTimes } from './use-window-times.js';

/** Most buckets one series evaluates (the latest), so a mistaken window cannot flood the API. */
const MAX_BUCKETS = 1_000;

/** `useEvaluationSeries`'s options: the bucket size, the in-flight limit and TanStack's options. */
export interface UseEvaluationSeriesOptions
  extends Omit<
    KonanQueryOptions<KonanEvaluation, KonanEvaluation, KonanEvaluationBucketKey>,
    'select'
  > {
  /** `'day'` by default. Buckets are whole UTC hours or days (the window's edges cut the ends). */
  bucket?: KonanBucketUnit;
  /** How many buckets are evaluated at once (default 4). */
  concurrency?: number;
}

/** One bucket of the series. */
export interface KonanEvaluationSeriesPoint {
  start: Date;
  end: Date;
  /** The whole UTC hour or day (not cut by the window's edges). */
  whole: boolean;
  status: 'pending' | 'error' | 'success';
  /**
   * The bucket's numeric metrics by name (precision, recall, f1_score, rmse, mae and numeric custom
   * metrics). `null` is a gap: nothing to evaluate in the bucket (no feedback), or not loaded.
   */
  metrics: Readonly<Record<string, number>> | null;
  evaluation: KonanEvaluation | null;
  error: KonanError | null;
}

export interface KonanEvaluationSeries {
  bucket: KonanBucketUnit;
  /** In time order; one per bucket of the window (at most the latest 1,000). */
  points: KonanEvaluationSeriesPoint[];
  /** Every numeric metric some bucket has, predefined first then custom, in first-seen order. */
  metricNames: string[];
  /** `pending` while no bucket has settled; `error` when every bucket failed; else `success`. */
  status: 'pending' | 'error' | 'success';
  /** Buckets settled (loaded or failed) of all of them. */
  settled: number;
  /** Buckets that failed; the first error is in `error`. */
  failed: number;
  error: KonanError | null;
  isFetching: boolean;
  /** Refetches the failed buckets (or every bucket with `{ all: true }`). */
  refetch: (options?: { all?: boolean }) => void;
}

/** The numeric metrics of an evaluation, or `null` when it holds none (a gap). */
export function numericMetrics(evaluation: KonanEvaluation): Record<string, number> | null {
  const values: Record<string, number> = {};
  let any = false;
  for (const metric of evaluation.metrics) {
    if (metric.kind === 'matrix') continue;
    if (typeof metric.value !== 'number' || !Number.isFinite(metric.value)) continue;
    values[metric.name] = metric.value;
    any = true;
  }
  return any ? values : null;
}

function point(
  bucket: KonanBucket,
  query: UseQueryResult<KonanEvaluation, KonanError>,
): KonanEvaluationSeriesPoint {
  const evaluation = query.data ?? null;
  return {
    start: bucket.start,
    end: bucket.end,
    whole: bucket.whole,
    // Data kept through a failed refetch still counts: the bucket stays drawn.
    status: evaluation ? 'success' : query.status,
    metrics: evaluation ? numericMetrics(evaluation) : null,
    evaluation,
    error: query.error ?? null,
  };
}

/**
 * A deployment's metrics over time: one `evaluate` per bucket of `timeWindow` (days by default),
 * each its own query, so moving the window refetches only the buckets it did not cover, and at
 * most `concurrency` evaluate at once. A bucket without feedback is a gap (`metrics: null`), not
 * a zero. Pass `undefined` for either argument to wait.
 */
export function useEvaluationSeries(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindow | undefined,
  options: UseEvaluationSeriesOptions = {},
): KonanEvaluationSeries {
  const { bucket = 'day', concurrency = 4, ...queryOptions } = options;
  const { client, queryClient, authenticated } = useKonanQueryContext('useEvaluationSeries');
  const [limit] = useState(() => createConcurrencyLimit(Math.max(1, concurrency)));
  const times = useWindowTimes(timeWindow);
  const startTime = times?.start;
  const endTime = times?.end;
  const buckets = useMemo(
    () =>
      startTime === undefined || endTime === undefined
        ? []
        : splitWindow({ start: new Date(startTime), end: new Date(endTime) }, bucket).slice(
            -MAX_BUCKETS,
          ),
    [startTime, endTime, bucket],
  );
  const ready = authenticated && Boolean(deploymentUuid);
  const queries = useQueries(
    {
      queries: buckets.map((b) => ({
        ...konanSeriesQueries.evaluationBucket(
          client,
          deploymentUuid ?? '',
          { start: b.start, end: b.end },
          limit,
        ),
        ...queryOptions,
        enabled: enabledWith(ready, queryOptions.enabled),
      })),
    },
    queryClient,
  );
  const points = buckets.map((b, i) =>
    point(b, queries[i] as UseQueryResult<KonanEvaluation, KonanError>),
  );
  const names: string[] = [];
  for (const p of points) {
    for (const name of Object.keys(p.metrics ?? {})) if (!names.includes(name)) names.push(name);
  }
  const failed = points.filter((p) => p.status === 'error').length;
  const settled = points.filter((p) => p.status !== 'pending').length;
  const status =
    settled === 0 || !ready ? 'pending' : failed === points.length ? 'error' : 'success';
  return {
    bucket,
    points,
    metricNames: names,
    status,
    settled,
    failed,
    error: points.find((p) => p.error)?.error ?? null,
    isFetching: queries.some((q) => q.isFetching),
    refetch: ({ all = false } = {}) => {
      for (const q of queries) if (all || q.isError) void q.refetch();
    },
  };
}
