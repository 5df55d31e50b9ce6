import { type ReactNode, useId, useState } from 'react';
import { Alert } from '../alert.js';
import { Button } from '../button.js';
import { EmptyState } from '../empty-state.js';
import { ErrorAlert } from '../error-alert.js';
import { Heading, type KonanHeadingLevel } from '../heading.js';
import { ChartSkeleton, type ChartSkeletonShape } from './chart-skeleton.js';

/** The texts every chart figure needs (each chart's labels carry them). */
export interface ChartFigureLabels {
  showTable: string;
  showChart: string;
  loading: string;
  retry: string;
}

export interface ChartFigureProps {
  title: ReactNode;
  headingLevel: KonanHeadingLevel;
  /** The chart in one sentence ("Predictions per day, Nov 24 to Dec 1: 570 in all, …"). */
  summary?: ReactNode;
  labels: ChartFigureLabels;
  /** Nothing to show yet: a skeleton of the chart's shape stands in for it. */
  pending?: boolean | undefined;
  /** The data could not be loaded: shown through `ErrorAlert` with `errorTitle`. */
  error?: unknown;
  errorTitle?: ReactNode;
  onRetry?: (() => void) | undefined;
  /** There is no data: this title (and `emptyDetail`) replace the chart. */
  empty?: ReactNode;
  emptyDetail?: ReactNode;
  /** Shown above the chart when it rests on part of the data ("computed on the latest …"). */
  notice?: ReactNode;
  /** Controls beside the table toggle (e.g. a time window picker). */
  toolbar?: ReactNode;
  skeleton?: ChartSkeletonShape | undefined;
  /** The chart, and the same data as a table. */
  chart: ReactNode;
  table: ReactNode;
  /** The view shown first (default `chart`). */
  defaultView?: 'chart' | 'table' | undefined;
  className?: string | undefined;
}

/**
 * A chart's frame: a `figure` named by its heading and described by its summary, a "Show as
 * table" / "Show as chart" toggle between two views of the same data, and the loading (skeleton),
 * error, empty and partial states every chart has. States take precedence in that order: error,
 * pending, empty, then the chart.
 */
export function ChartFigure({
  title,
  headingLevel,
  summary,
  labels,
  pending,
  error,
  errorTitle,
  onRetry,
  empty,
  emptyDetail,
  notice,
  toolbar,
  skeleton = 'bars',
  chart,
  table,
  defaultView = 'chart',
  className,
}: ChartFigureProps) {
  const id = useId();
  const [view, setView] = useState(defaultView);
  const failed = error !== undefined && error !== null;
  const ready = !failed && !pending && !empty;
  const headingId = `${id}-title`;
  const summaryId = `${id}-summary`;
  let body: ReactNode;
  if (failed) {
    body = (
      <ErrorAlert
        title={errorTitle ?? title}
        error={error}
        onRetry={onRetry}
        retryLabel={labels.retry}
      />
    );
  } else if (pending) {
    body = <ChartSkeleton shape={skeleton} label={labels.loading} />;
  } else if (empty) {
    body = <EmptyState title={empty}>{emptyDetail}</EmptyState>;
  } else {
    body = view === 'table' ? table : chart;
  }
  return (
    <figure
      className={className ? `konan-chart-figure ${className}` : 'konan-chart-figure'}
      aria-labelledby={headingId}
      aria-describedby={ready && summary ? summaryId : undefined}
      aria-busy={pending ? true : undefined}
    >
      <figcaption className="konan-chart-caption">
        <Heading level={headingLevel} id={headingId} className="konan-chart-title">
          {title}
        </Heading>
        {ready && summary ? (
          <p id={summaryId} className="konan-chart-summary">
            {summary}
          </p>
        ) : null}
      </figcaption>
      {toolbar || ready ? (
        <div className="konan-chart-toolbar">
          {toolbar}
          {ready ? (
            <Button
              className="konan-chart-view-toggle"
              onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
            >
              {view === 'chart' ? labels.showTable : labels.showChart}
            </Button>
          ) : null}
        </div>
      ) : null}
      {ready && notice ? (
        <Alert tone="warning" live={false}>
          <p className="konan-chart-notice">{notice}</p>
        </Alert>
      ) : null}
      <div className="konan-chart-body">{body}</div>
    </figure>
  );
}
