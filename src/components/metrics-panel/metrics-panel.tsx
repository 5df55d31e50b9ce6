import { useId } from 'react';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/data-types.js';
import { EmptyState } from '../shared/empty-state.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { Heading, type KonanHeadingLevel, subHeadingLevel } from '../shared/heading.js';
import { KonanRoot } from '../shared/root.js';
import { Spinner } from '../shared/spinner.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { TimeWindowPicker } from '../time-window-picker/time-window-picker.js';
import { ConfusionMatrix } from './confusion-matrix.js';
import { CustomMetricsTable } from './custom-metrics-table.js';
import { MetricCards } from './metric-cards.js';
import { groupMetrics } from './metrics.js';
import { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels.js';
import type { MetricsPanelTrend } from './metrics-trend.js';

export interface MetricsPanelProps extends KonanHeadedViewProps<MetricsPanelLabels> {
  /** The last evaluation; kept on screen (marked as updating) while a new one loads. */
  evaluation?: KonanEvaluation | undefined;
  /** An evaluation is being computed. */
  pending?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Nobody is logged in: the panel says so instead of showing metrics. */
  signedOut?: boolean;
  /** The evaluated window. With `onTimeWindowChange`, the panel shows a time-window picker. */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** Each card's metric over the window's buckets (a sparkline per card), e.g. from `useEvaluationSeries`. */
  trend?: MetricsPanelTrend | undefined;
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
  signedOut = false,
  timeWindow,
  onTimeWindowChange,
  trend,
  className,
  headingLevel = 2,
  labels,
}: MetricsPanelProps) {
  const l = useLabels('metricsPanel', defaultMetricsPanelLabels, labels);
  const titleId = useId();
  return (
    <KonanRoot className={className ? `konan-metrics-panel ${className}` : 'konan-metrics-panel'}>
      <section className="konan-panel" aria-labelledby={titleId} aria-busy={!signedOut && pending}>
        <div className="konan-metrics-panel-header">
          <Heading level={headingLevel} id={titleId} className="konan-panel-title">
            {l.title}
          </Heading>
          {!signedOut && pending && evaluation ? <Spinner label={l.refreshing} /> : null}
        </div>
        {signedOut ? (
          <EmptyState title={l.signedOutTitle} />
        ) : (
          <>
            {timeWindow && onTimeWindowChange ? (
              <TimeWindowPicker
                timeWindow={timeWindow}
                onTimeWindowChange={onTimeWindowChange}
                labels={l.timeWindowPicker}
              />
            ) : null}
            <MetricsPanelState
              evaluation={evaluation}
              pending={pending}
              error={error}
              onRetry={onRetry}
              headingLevel={headingLevel}
              labels={l}
              trend={trend}
            />
          </>
        )}
      </section>
    </KonanRoot>
  );
}

function MetricsPanelState({
  evaluation,
  pending,
  error,
  onRetry,
  headingLevel,
  labels: l,
  trend,
}: {
  evaluation: KonanEvaluation | undefined;
  pending: boolean;
  error: unknown;
  onRetry: (() => void) | undefined;
  headingLevel: KonanHeadingLevel;
  labels: MetricsPanelLabels;
  trend: MetricsPanelTrend | undefined;
}) {
  return (
    <>
      {error ? (
        <ErrorAlert
          title={l.errorTitle}
          error={error}
          onRetry={onRetry}
          retryLabel={l.retry}
          retryDisabled={pending}
        />
      ) : null}
      {evaluation ? (
        <EvaluationBody
          evaluation={evaluation}
          headingLevel={headingLevel}
          labels={l}
          trend={trend}
        />
      ) : pending ? (
        <Spinner label={l.loading} />
      ) : null}
    </>
  );
}

function EvaluationBody({
  evaluation,
  headingLevel,
  labels: l,
  trend,
}: {
  evaluation: KonanEvaluation;
  headingLevel: KonanHeadingLevel;
  labels: MetricsPanelLabels;
  trend: MetricsPanelTrend | undefined;
}) {
  const groupLevel = subHeadingLevel(headingLevel);
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
          <Heading level={groupLevel} className="konan-metrics-panel-group-title">
            {l.classificationTitle}
          </Heading>
          {groups.classification.length > 0 ? (
            <MetricCards metrics={groups.classification} labels={l} trend={trend} />
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
          <Heading level={groupLevel} className="konan-metrics-panel-group-title">
            {l.regressionTitle}
          </Heading>
          <MetricCards metrics={groups.regression} labels={l} trend={trend} />
        </section>
      ) : null}
      {groups.custom.length > 0 ? (
        <section className="konan-metrics-panel-group">
          <Heading level={groupLevel} className="konan-metrics-panel-group-title">
            {l.customTitle}
          </Heading>
          <CustomMetricsTable metrics={groups.custom} labels={l} />
        </section>
      ) : null}
    </div>
  );
}
