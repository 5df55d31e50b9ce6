import { useFormatters } from '../shared/format.js';
import { describeCustomValue, type KonanCustomMetric, readableMetricName } from './metrics.js';
import type { MetricsPanelLabels } from './metrics-panel-labels.js';

export interface CustomMetricsTableProps {
  metrics: readonly KonanCustomMetric[];
  labels: MetricsPanelLabels;
}

/** Custom metrics by name; their JSON values are shown as text. */
export function CustomMetricsTable({ metrics, labels: l }: CustomMetricsTableProps) {
  const format = useFormatters();
  return (
    <table className="konan-table konan-metrics-panel-custom">
      <caption className="konan-visually-hidden">{l.customTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{l.columnName}</th>
          <th scope="col">{l.columnValue}</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric, index) => {
          const value = describeCustomValue(metric.value, format, metric.name);
          const known = l.customMetricNames[metric.name];
          const readable = known ?? readableMetricName(metric.name);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a server may repeat a metric name.
            <tr key={`${metric.name}-${index}`}>
              <th scope="row" className="konan-metrics-panel-custom-name">
                {readable}
                {known ? null : (
                  // The wire name, for whoever looks it up in the model's code.
                  <span className="konan-metrics-panel-custom-wire konan-mono konan-muted">
                    {metric.name}
                  </span>
                )}
              </th>
              <td className="konan-metrics-panel-custom-value">
                {value.kind === 'json' ? (
                  <pre className="konan-mono konan-metrics-panel-json">{value.text}</pre>
                ) : (
                  value.text
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
