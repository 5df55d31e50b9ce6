import { Sparkline } from '../shared/chart/sparkline.js';
import { useFormatters } from '../shared/format.js';
import type { KonanExplainedMetric, KonanScalarMetric } from './metrics.js';
import { formatScalar } from './metrics.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';
import { type MetricsPanelTrend, trendOf } from './metrics-trend.js';

export interface MetricCardsProps {
  metrics: readonly KonanScalarMetric[];
  labels: MetricsPanelLabels;
  trend?: MetricsPanelTrend | undefined;
}

/** Scalar metrics as cards: value, name, a sparkline of its trend, and what the number means. */
export function MetricCards({ metrics, labels: l, trend }: MetricCardsProps) {
  const format = useFormatters();
  return (
    <dl className="konan-metrics-panel-cards">
      {metrics.map((metric) => (
        <div key={metric.name} className="konan-metrics-panel-card">
          <dt className="konan-metrics-panel-card-name">{l.metricNames[metric.name]}</dt>
          <dd className="konan-metrics-panel-card-value">
            {formatScalar(metric.name, metric.value, format)}
          </dd>
          {trend ? <CardTrend trend={trend} metric={metric} labels={l} /> : null}
          <dd className="konan-metrics-panel-card-hint konan-muted">
            {l.explanations[metric.name as KonanExplainedMetric]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function CardTrend({
  trend,
  metric,
  labels: l,
}: {
  trend: MetricsPanelTrend;
  metric: KonanScalarMetric;
  labels: MetricsPanelLabels;
}) {
  const format = useFormatters();
  const line = trendOf(trend, metric.name);
  if (!line) return null;
  const text = (value: number) => formatScalar(metric.name, value, format);
  return (
    <dd className="konan-metrics-panel-card-trend">
      <Sparkline
        values={line.values}
        tone={line.worse ? 'warning' : 'default'}
        label={l.trendLabel({
          metric: l.metricNames[metric.name],
          unit: trend.bucket,
          first: text(line.first),
          last: text(line.last),
          worse: line.worse,
        })}
      />
    </dd>
  );
}
