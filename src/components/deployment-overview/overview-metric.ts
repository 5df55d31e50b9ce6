import type { KonanEvaluationSeriesPoint } from '../../react/hooks/use-evaluation-series.js';

/** The metric an overview card shows: F1 for a classifier, RMSE for a regressor. */
export type KonanOverviewMetricName = 'f1_score' | 'rmse';

/** A deployment's latest metric and the bucket before it (`null` when that bucket is a gap). */
export interface KonanOverviewMetric {
  name: KonanOverviewMetricName;
  value: number;
  previous: number | null;
}

/** Which way the metric moved since the previous bucket, and whether that is for the better. */
export interface KonanMetricTrend {
  direction: 'up' | 'down' | 'flat';
  /** `true` when it improved, `false` when it got worse, `null` when flat. */
  better: boolean | null;
}

/*
 * The deployment's kind is not in the wire contract, so it is read from the metrics its
 * evaluations hold: a classifier's evaluation carries f1_score, a regressor's rmse.
 */
const PREFERENCE: readonly KonanOverviewMetricName[] = ['f1_score', 'rmse'];

/**
 * The latest bucket of an evaluation series that has F1 (or else RMSE), with the value of the
 * bucket just before it. `null` when no bucket has either metric.
 */
export function latestMetric(
  points: readonly Pick<KonanEvaluationSeriesPoint, 'metrics'>[],
): KonanOverviewMetric | null {
  for (const name of PREFERENCE) {
    for (let index = points.length - 1; index >= 0; index--) {
      const value = points[index]?.metrics?.[name];
      if (value === undefined) continue;
      const previous = index > 0 ? points[index - 1]?.metrics?.[name] : undefined;
      return { name, value, previous: previous ?? null };
    }
  }
  return null;
}

/** Up, down or flat against the previous bucket; RMSE going down is better, F1 going up. */
export function metricTrend(metric: KonanOverviewMetric): KonanMetricTrend | null {
  if (metric.previous === null) return null;
  const delta = metric.value - metric.previous;
  if (Math.abs(delta) < 1e-9) return { direction: 'flat', better: null };
  const direction = delta > 0 ? 'up' : 'down';
  const higherIsBetter = metric.name === 'f1_score';
  return { direction, better: (direction === 'up') === higherIsBetter };
}
