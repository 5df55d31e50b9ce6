import type { KonanEvaluationSeriesPoint } from '../../react/hooks/use-evaluation-series.js';

/** Higher-is-better scores in [0, 1], shown as percentages. */
const SCORES = new Set(['precision', 'recall', 'f1_score', 'accuracy']);
const ORDER = ['precision', 'recall', 'f1_score', 'rmse', 'mae'];

/** The metrics offered, predefined first (precision, recall, F1, RMSE, MAE), then the rest. */
export function orderMetrics(names: readonly string[]): string[] {
  const known = ORDER.filter((name) => names.includes(name));
  return [...known, ...names.filter((name) => !ORDER.includes(name))];
}

/** The metric a trend starts on: F1 for a classifier, RMSE for a regressor, else the first. */
export function defaultMetric(names: readonly string[]): string | undefined {
  return names.includes('f1_score') ? 'f1_score' : names.includes('rmse') ? 'rmse' : names[0];
}

/** Whether a metric's values are shares of a whole (every value within [0, 1] and a score). */
export function isShareSeries(name: string, values: readonly (number | null)[]): boolean {
  const all = values.filter((v): v is number => v !== null);
  const inRange = all.every((v) => v >= 0 && v <= 1);
  return inRange && (SCORES.has(name) || /(rate|ratio|share|coverage)/.test(name));
}

/** One metric's value per bucket; `null` where the bucket is a gap or lacks it. */
export function metricValues(
  points: readonly Pick<KonanEvaluationSeriesPoint, 'metrics'>[],
  metric: string,
): (number | null)[] {
  return points.map((p) => p.metrics?.[metric] ?? null);
}
