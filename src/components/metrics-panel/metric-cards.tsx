import { useFormatters } from '../shared/format.js';
import type { KonanExplainedMetric, KonanScalarMetric } from './metrics.js';
import { formatScalar } from './metrics.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';

export interface MetricCardsProps {
  metrics: readonly KonanScalarMetric[];
  labels: MetricsPanelLabels;
}

/** Scalar metrics as cards: name, value, and what the number means. */
export function MetricCards({ metrics, labels: l }: MetricCardsProps) {
  const format = useFormatters();
  return (
    <dl className="konan-metrics-panel-cards">
      {metrics.map((metric) => (
        <div key={metric.name} className="konan-metrics-panel-card">
          <dt className="konan-metrics-panel-card-name">{l.metricNames[metric.name]}</dt>
          <dd className="konan-metrics-panel-card-value">
            {formatScalar(metric.name, metric.value, format)}
          </dd>
          <dd className="konan-metrics-panel-card-hint konan-muted">
            {l.explanations[metric.name as KonanExplainedMetric]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
