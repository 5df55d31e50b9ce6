import { useId } from 'react';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/types.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { EmptyState } from '../shared/empty-state.js';
import { errorText } from '../shared/error-text.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { Spinner } from '../shared/spinner.js';
import { TimeWindowPicker } from '../time-window-picker/time-window-picker.js';
import { ConfusionMatrix } from './confusion-matrix.js';
import { CustomMetricsTable } from './custom-metrics-table.js';
import { MetricCards } from './metric-cards.js';
import { groupMetrics } from './metrics.js';
import { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels.js';

export interface MetricsPanelProps {
  /** The last evaluation; kept on screen (marked as updating) while a new one loads. */
  evaluation?: KonanEvaluation | undefined;
  /** An evaluation is being computed. */
  pending?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The evaluated window. With `onWindowChange`, the panel shows a time-window picker. */
  window?: KonanTimeWindow;
  onWindowChange?: (window: KonanTimeWindow) => void;
  labels?: Partial<MetricsPanelLabels>;
}

/**
 * A deployment's evaluation over a time window: score and error cards, the confusion matrix as
 * an accessible heatmap, custom metrics, and a clear state when there is nothing to evaluate.
 */
export function MetricsPanel({
  evaluation,
  pending = false,
  error,
  onRetry,
  window,
  onWindowChange,
  labels,
}: MetricsPanelProps) {
  const l = mergeLabels(defaultMetricsPanelLabels, labels);
  const titleId = useId();
  return (
    <KonanRoot className="konan-metrics-panel">
      <section className="konan-panel" aria-labelledby={titleId} aria-busy={pending}>
        <div className="konan-metrics-panel-header">
          <h2 id={titleId} className="konan-panel-title">
            {l.title}
          </h2>
          {pending && evaluation ? <Spinner label={l.refreshing} /> : null}
        </div>
        {window && onWindowChange ? (
          <TimeWindowPicker value={window} onChange={onWindowChange} labels={l.timeWindow} />
        ) : null}
        {error ? (
          <Alert tone="danger" title={l.errorTitle}>
            <p className="konan-metrics-panel-error">{errorText(error)}</p>
            {onRetry ? (
              <Button onClick={onRetry} disabled={pending}>
                {l.retry}
              </Button>
            ) : null}
          </Alert>
        ) : null}
        {evaluation ? (
          <EvaluationBody evaluation={evaluation} labels={l} />
        ) : pending ? (
          <Spinner label={l.loading} />
        ) : null}
      </section>
    </KonanRoot>
  );
}

function EvaluationBody({
  evaluation,
  labels: l,
}: {
  evaluation: KonanEvaluation;
  labels: MetricsPanelLabels;
}) {
  const groups = groupMetrics(evaluation.metrics);
  if (evaluation.metrics.length === 0) {
    return (
      <div role="status">
        <EmptyState title={l.emptyTitle}>
          <p className="konan-metrics-panel-empty-hint">{l.emptyHint}</p>
        </EmptyState>
      </div>
    );
  }
  const hasClassification = groups.classification.length > 0 || groups.matrices.length > 0;
  return (
    <div className="konan-metrics-panel-body">
      {hasClassification ? (
        <section className="konan-metrics-panel-group">
          <h3 className="konan-metrics-panel-group-title">{l.classification}</h3>
          {groups.classification.length > 0 ? (
            <MetricCards metrics={groups.classification} labels={l} />
          ) : null}
          {groups.matrices.map((metric) => (
            <ConfusionMatrix
              key={metric.name}
              name={l.metricNames[metric.name]}
              value={metric.value}
              labels={l}
            />
          ))}
        </section>
      ) : null}
      {groups.regression.length > 0 ? (
        <section className="konan-metrics-panel-group">
          <h3 className="konan-metrics-panel-group-title">{l.regression}</h3>
          <MetricCards metrics={groups.regression} labels={l} />
        </section>
      ) : null}
      {groups.custom.length > 0 ? (
        <section className="konan-metrics-panel-group">
          <h3 className="konan-metrics-panel-group-title">{l.custom}</h3>
          <CustomMetricsTable metrics={groups.custom} labels={l} />
        </section>
      ) : null}
    </div>
  );
}
