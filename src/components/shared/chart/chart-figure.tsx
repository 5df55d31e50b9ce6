import { type ReactNode, useId, useState } from 'react';
import type { KonanTimeWindow } from '../../../client/data-types.js';
import { Alert } from '../alert.js';
import { Button } from '../button.js';
import { EmptyState } from '../empty-state.js';
import { Heading, type KonanHeadingLevel } from '../heading.js';
import type { PanelFrameLabels } from '../panel-frame.js';
import { isError, PanelState } from '../panel-state.js';
import { PanelTimeWindow } from '../panel-time-window.js';
import { ChartSkeleton, type ChartSkeletonShape } from './chart-skeleton.js';

/** The texts every chart figure needs (each chart's labels carry them). */
export interface ChartFigureLabels extends PanelFrameLabels {
  showTable: string;
  showChart: string;
  loading: string;
  retry: string;
}

export interface ChartFigureProps {
  title: ReactNode;
  /** Default 2. */
  headingLevel?: KonanHeadingLevel | undefined;
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
  /** Nobody is logged in: the figure says so (`labels.signedOutTitle`) in place of the chart. */
  signedOut?: boolean | undefined;
  /** With `onTimeWindowChange`, a time-window picker starts the toolbar. */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** Controls beside the table toggle (e.g. a metric select). */
  toolbar?: ReactNode;
  skeleton?: ChartSkeletonShape | undefined;
  /** The chart, and the same data as a table. */
  chart: ReactNode;
  table: ReactNode;
  /** The view shown first (default `chart`). */
  defaultView?: 'chart' | 'table' | undefined;
  /** `false` for a chart inside a panel: no border of its own. */
  framed?: boolean | undefined;
  className?: string | undefined;
}

/**
 * A chart's frame, bordered like every panel: a `figure` named by its heading and described by its summary, a "Show as
 * table" / "Show as chart" toggle between two views of the same data, and the loading (skeleton),
 * error, empty and partial states every chart has. States take precedence in that order: error,
 * pending, empty, then the chart.
 */
export function ChartFigure({
  title,
  headingLevel = 2,
  summary,
  labels,
  pending,
  error,
  errorTitle,
  onRetry,
  empty,
  emptyDetail,
  notice,
  signedOut = false,
  timeWindow,
  onTimeWindowChange,
  toolbar,
  skeleton = 'bars',
  chart,
  table,
  defaultView = 'chart',
  framed = true,
  className,
}: ChartFigureProps) {
  const id = useId();
  const [view, setView] = useState(defaultView);
  const ready = !signedOut && !isError(error) && !pending && !empty;
  const headingId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const tools =
    signedOut || !(toolbar || (timeWindow && onTimeWindowChange)) ? null : (
      <>
        <PanelTimeWindow
          timeWindow={timeWindow}
          onTimeWindowChange={onTimeWindowChange}
          labels={labels.timeWindowPicker}
        />
        {toolbar}
      </>
    );
  const body = signedOut ? (
    <EmptyState title={labels.signedOutTitle} />
  ) : (
    <PanelState
      error={error}
      onRetry={onRetry}
      retryDisabled={false}
      pending={pending}
      labels={{ errorTitle: errorTitle ?? title, retry: labels.retry }}
      loading={<ChartSkeleton shape={skeleton} label={labels.loading} />}
      empty={empty}
      emptyDetail={emptyDetail}
    >
      {ready ? (view === 'table' ? table : chart) : null}
    </PanelState>
  );
  return (
    <figure
      className={[framed ? 'konan-panel' : '', 'konan-chart-figure', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={headingId}
      aria-describedby={ready && summary ? summaryId : undefined}
      aria-busy={pending && !signedOut ? true : undefined}
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
      {tools || ready ? (
        <div className="konan-row konan-chart-toolbar">
          {tools}
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
