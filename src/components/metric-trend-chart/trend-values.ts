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

/** Pixels a dot needs to itself before every point gets one. */
const DOT_SPACING = 6;

/**
 * The points drawn as dots. Each gets one while they are at least `DOT_SPACING` px apart; a
 * denser line (a long window in hours) draws only the points the line cannot show, those with a
 * gap on both sides, plus the active one: a dot per point there is thousands of SVG elements
 * that nobody can tell apart, and it made a 10,000-point chart 20 times slower to draw.
 */
export function dotIndexes(
  values: readonly (number | null)[],
  width: number,
  active: number | null,
  isolated: readonly number[] = isolatedIndexes(values),
): number[] {
  const defined = (i: number) => i >= 0 && i < values.length && values[i] !== null;
  if (values.length * DOT_SPACING <= width) {
    const indexes: number[] = [];
    for (let i = 0; i < values.length; i++) if (defined(i)) indexes.push(i);
    return indexes;
  }
  // Dense: the isolated points (found once per series, not per width) and the active one.
  if (active === null || !defined(active) || isolated.includes(active)) return [...isolated];
  const at = isolated.findIndex((i) => i > active);
  const indexes = [...isolated];
  indexes.splice(at < 0 ? indexes.length : at, 0, active);
  return indexes;
}

/** The defined points with a gap (or the line's end) on both sides: the line cannot show them. */
export function isolatedIndexes(values: readonly (number | null)[]): number[] {
  const defined = (i: number) => i >= 0 && i < values.length && values[i] !== null;
  const indexes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (defined(i) && !defined(i - 1) && !defined(i + 1)) indexes.push(i);
  }
  return indexes;
}

/** The lowest and highest defined value, with 0 always inside (a value axis starts at 0). */
export function valueRange(values: readonly (number | null)[]): { low: number; high: number } {
  let low = 0;
  let high = 0;
  for (const value of values) {
    if (value === null) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return { low, high };
}
