import type { ReactNode } from 'react';
import type { KonanEvaluation } from '../../client/data-types.js';
import { Heading, type KonanHeadingLevel, subHeadingLevel } from '../shared/heading.js';
import { PanelFrame } from '../shared/panel-frame.js';
import type { KonanWindowedPanelProps } from '../shared/panel-props.js';
import { isError, PanelState } from '../shared/panel-state.js';
import { Spinner } from '../shared/spinner.js';
import { useLabels } from '../shared/use-labels.js';
import { ConfusionMatrix } from './confusion-matrix.js';
import { CustomMetricsTable } from './custom-metrics-table.js';
import { MetricCards } from './metric-cards.js';
import { groupMetrics } from './metrics.js';
import { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels.js';
import type { MetricsPanelTrend } from './metrics-trend.js';
import { ResidualHistogram } from './residual-histogram.js';
import type { KonanResidualSample } from './residuals.js';

export interface MetricsPanelProps extends KonanWindowedPanelProps<MetricsPanelLabels> {
  /** The last evaluation; kept on screen (marked as updating) while a new one loads. */
  evaluation?: KonanEvaluation | undefined;
  /** Each card's metric over the window's buckets (a sparkline per card), e.g. from `useEvaluationSeries`. */
  trend?: MetricsPanelTrend | undefined;
  /**
   * A regressor's errors (target − output) from its predictions with numeric feedback: a
   * histogram under its cards. Shown with a regressor's metrics only.
   */
  residuals?: KonanResidualSample | undefined;
  residualsPending?: boolean | undefined;
  residualsError?: unknown;
  onResidualsRetry?: (() => void) | undefined;
}

/**
 * A deployment's evaluation over a time window: score and error cards, the confusion matrix as
 * an accessible heatmap, custom metrics, and a clear state when there is nothing to evaluate.
 */
export function MetricsPanel({
  evaluation,
  trend,
  residuals,
  residualsPending = false,
  residualsError,
  onResidualsRetry,
  labels,
  ...panel
}: MetricsPanelProps) {
  const l = useLabels('metricsPanel', defaultMetricsPanelLabels, labels);
  const { pending, headingLevel = 2 } = panel;
  const empty = evaluation?.metrics.length === 0;
  return (
    <PanelFrame
      {...panel}
      base="konan-metrics-panel"
      title={l.title}
      labels={l}
      status={pending && evaluation ? <Spinner label={l.refreshing} /> : null}
    >
      <PanelState
        {...panel}
        labels={l}
        empty={empty ? l.emptyTitle : undefined}
        emptyDetail={<p className="konan-panel-hint">{l.emptyHint}</p>}
      >
        {evaluation && !empty ? (
          <EvaluationBody
            evaluation={evaluation}
            headingLevel={headingLevel}
            labels={l}
            trend={trend}
            residuals={
              residuals || residualsPending || isError(residualsError) ? (
                <ResidualHistogram
                  sample={residuals}
                  pending={residualsPending}
                  error={residualsError}
                  onRetry={onResidualsRetry}
                  headingLevel={subHeadingLevel(subHeadingLevel(headingLevel))}
                  labels={l}
                />
              ) : null
            }
          />
        ) : null}
      </PanelState>
    </PanelFrame>
  );
}

function EvaluationBody({
  evaluation,
  headingLevel,
  labels: l,
  trend,
  residuals,
}: {
  evaluation: KonanEvaluation;
  headingLevel: KonanHeadingLevel;
  labels: MetricsPanelLabels;
  trend: MetricsPanelTrend | undefined;
  /** Under the regression cards. */
  residuals: ReactNode;
}) {
  const groupLevel = subHeadingLevel(headingLevel);
  const groups = groupMetrics(evaluation.metrics);
  const hasClassification = groups.classification.length > 0 || groups.matrices.length > 0;
  return (
    <div className="konan-stack konan-metrics-panel-body">
      {hasClassification ? (
        <MetricGroup title={l.classificationTitle} headingLevel={groupLevel}>
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
        </MetricGroup>
      ) : null}
      {groups.regression.length > 0 ? (
        <MetricGroup title={l.regressionTitle} headingLevel={groupLevel}>
          <MetricCards metrics={groups.regression} labels={l} trend={trend} />
          {residuals}
        </MetricGroup>
      ) : null}
      {groups.custom.length > 0 ? (
        <MetricGroup title={l.customTitle} headingLevel={groupLevel}>
          <CustomMetricsTable metrics={groups.custom} labels={l} />
        </MetricGroup>
      ) : null}
    </div>
  );
}

function MetricGroup({
  title,
  headingLevel,
  children,
}: {
  title: string;
  headingLevel: KonanHeadingLevel;
  children: ReactNode;
}) {
  return (
    <section className="konan-stack">
      <Heading level={headingLevel} className="konan-metrics-panel-group-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
