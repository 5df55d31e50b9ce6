import type { KonanEvaluationSeriesPoint } from '../../react/hooks/use-evaluation-series.js';
import type { KonanBucketUnit } from '../../react/series/buckets.js';
import { CLASSIFICATION_SCORES } from './metrics.js';

/** The cards' trend: the window's buckets (`useEvaluationSeries`), oldest first. */
export interface MetricsPanelTrend {
  bucket: KonanBucketUnit;
  points: readonly Pick<KonanEvaluationSeriesPoint, 'metrics'>[];
}

export interface CardTrendLine {
  values: (number | null)[];
  first: number;
  last: number;
  /** The metric got notably worse: a score fell by 5 points or more, an error grew by 10 % or more. */
  worse: boolean;
}

/** One metric's line over the buckets; none when fewer than two buckets have it. */
export function trendOf(trend: MetricsPanelTrend, name: string): CardTrendLine | undefined {
  const values = trend.points.map((p) => p.metrics?.[name] ?? null);
  const defined = values.filter((v): v is number => v !== null);
  const first = defined[0];
  const last = defined[defined.length - 1];
  if (defined.length < 2 || first === undefined || last === undefined) return undefined;
  const score = (CLASSIFICATION_SCORES as readonly string[]).includes(name);
  const worse = score ? first - last >= 0.05 : first > 0 && (last - first) / first >= 0.1;
  return { values, first, last, worse };
}
