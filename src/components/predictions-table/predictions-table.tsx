import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type {
  KonanPrediction,
  KonanPredictionsPage,
  KonanTimeWindow,
  KonanTimeWindowInput,
} from '../../client/data-types.js';
import { resolveTimeWindow } from '../../react/query/resolve-time-window.js';
import { Button } from '../shared/button.js';
import { classNames } from '../shared/class-names.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { useFormatters } from '../shared/format.js';
import { Heading } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { ListState } from '../shared/list-state.js';
import type { KonanListStateProps } from '../shared/list-state-props.js';
import { KonanRoot } from '../shared/root.js';
import { Spinner } from '../shared/spinner.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { TimeWindowPicker } from '../time-window-picker/time-window-picker.js';
import { flattenPredictions } from './flatten-predictions.js';
import type { JsonSummaryOptions } from './json-summary.js';
import { PredictionRow } from './prediction-row.js';
import {
  defaultPredictionsTableLabels,
  type PredictionsTableLabels,
} from './predictions-table-labels.js';
import { useLoadMoreOnScroll } from './use-load-more-on-scroll.js';

/** `pending` is the first page loading; an `error` after it shows below the rows loaded so far. */
export interface PredictionsTableProps
  extends KonanHeadedViewProps<PredictionsTableLabels>,
    KonanListStateProps {
  /** The pages loaded so far (e.g. `usePredictions(...).data.pages`). */
  pages?: readonly KonanPredictionsPage[] | undefined;
  /** Or the predictions themselves, already flattened. Takes precedence over `pages`. */
  predictions?: readonly KonanPrediction[] | undefined;
  /** Predictions in the window; defaults to the first page's `count`. */
  count?: number | undefined;
  /** The server has a next page. */
  hasMore?: boolean;
  /** The next page is loading. */
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** The listed window. With `onTimeWindowChange`, the table shows a time-window picker. */
  timeWindow?: KonanTimeWindowInput | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** Load the next page when the end of the list scrolls into view. Default true. */
  autoLoad?: boolean;
}

/**
 * A deployment's predictions in a time window: features, output and feedback at a glance, page
 * after page as the server serves them ("Load more", or on scrolling to the end).
 */
export function PredictionsTable({
  pages,
  predictions,
  count,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  timeWindow,
  onTimeWindowChange,
  autoLoad = true,
  className,
  headingLevel = 2,
  labels,
  ...listState
}: PredictionsTableProps) {
  const { pending = false, error, onRetry, signedOut = false } = listState;
  const l = useLabels('predictionsTable', defaultPredictionsTableLabels, labels);
  const format = useFormatters();
  const titleId = useId();
  const captionId = useId();
  const scrollRef = useRef<HTMLElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (predictions ? [...predictions] : flattenPredictions(pages ?? [])),
    [predictions, pages],
  );
  const total = count ?? pages?.[0]?.count;
  const showCreated = useMemo(() => rows.some((row) => row.createdAt), [rows]);
  const summaryOptions = useMemo<JsonSummaryOptions>(
    () => ({
      formatNumber: (value) => format.number(value, { maximumFractionDigits: 4 }),
      more: (hidden) => l.moreEntries(labelCount(hidden, format.number)),
    }),
    [format, l],
  );
  const [activeUuid, setActiveUuid] = useState<string | undefined>(undefined);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback((uuid: string) => {
    setActiveUuid(uuid);
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(uuid)) next.delete(uuid);
      else next.add(uuid);
      return next;
    });
  }, []);
  // One tab stop for the whole table: the active row's toggle (the first row until another is used).
  const activeIndex = Math.max(
    0,
    rows.findIndex((row) => row.uuid === activeUuid),
  );
  // Whatever moved the focus to a row (a click, a screen reader), that row is the tab stop.
  const onRowsFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const uuid = (event.target as Element).closest('tr')?.dataset.uuid;
    if (uuid) setActiveUuid(uuid);
  };
  const onRowsKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const last = rows.length - 1;
    const target =
      event.key === 'ArrowDown'
        ? Math.min(activeIndex + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(activeIndex - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    setActiveUuid(rows[target]?.uuid);
    event.currentTarget
      .querySelectorAll<HTMLButtonElement>('.konan-predictions-table-toggle')
      [target]?.focus();
  };
  const detailIdPrefix = useId();
  const canLoadMore = !signedOut && hasMore && !loadingMore && !error && Boolean(onLoadMore);
  useLoadMoreOnScroll(scrollRef, sentinelRef, autoLoad && canLoadMore, onLoadMore);

  const loaded = !signedOut && rows.length > 0;
  const countText =
    total === undefined || (!loaded && !pending)
      ? ''
      : rows.length < total
        ? l.showing(labelCount(rows.length, format.number), labelCount(total, format.number))
        : l.allShown(labelCount(total, format.number));

  return (
    <KonanRoot className={classNames('konan-predictions-table', className)}>
      <section
        className="konan-panel"
        aria-labelledby={titleId}
        aria-busy={!signedOut && (pending || loadingMore)}
      >
        <div className="konan-list-header konan-predictions-table-header">
          <Heading level={headingLevel} id={titleId} className="konan-panel-title">
            {l.title}
          </Heading>
          <p className="konan-predictions-table-count konan-muted" role="status">
            {loaded ? countText : ''}
          </p>
        </div>
        {!signedOut && timeWindow && onTimeWindowChange ? (
          <TimeWindowPicker
            timeWindow={timeWindow}
            onTimeWindowChange={onTimeWindowChange}
            labels={l.timeWindowPicker}
          />
        ) : null}
        <ListState
          loaded={loaded || (!signedOut && !pending && !error)}
          empty={!loaded}
          {...listState}
          labels={l}
          skeleton={{ rows: 6, height: '2rem' }}
        >
          <section
            ref={scrollRef}
            className="konan-predictions-table-scroll"
            aria-labelledby={captionId}
          >
            <table className="konan-table konan-predictions-table-table">
              <caption id={captionId} className="konan-visually-hidden">
                {timeWindow
                  ? l.caption(
                      format.dateTime(resolveTimeWindow(timeWindow).start),
                      format.dateTime(resolveTimeWindow(timeWindow).end),
                    )
                  : l.title}
              </caption>
              <thead>
                <tr>
                  {showCreated ? (
                    <th scope="col" className="konan-predictions-table-col-created">
                      {l.columnCreated}
                    </th>
                  ) : null}
                  <th scope="col" className="konan-predictions-table-col-uuid">
                    {l.columnUuid}
                  </th>
                  <th scope="col">{l.columnFeatures}</th>
                  <th scope="col">{l.columnOutput}</th>
                  <th scope="col">{l.columnFeedback}</th>
                </tr>
              </thead>
              <tbody onKeyDown={onRowsKeyDown} onFocus={onRowsFocus}>
                {rows.map((prediction, index) => (
                  <PredictionRow
                    key={prediction.uuid}
                    prediction={prediction}
                    showCreated={showCreated}
                    summaryOptions={summaryOptions}
                    labels={l}
                    active={index === activeIndex}
                    expanded={expanded.has(prediction.uuid)}
                    onToggle={onToggle}
                    detailId={`${detailIdPrefix}-${index}`}
                  />
                ))}
              </tbody>
            </table>
            <div ref={sentinelRef} aria-hidden="true" />
            <div className="konan-predictions-table-footer">
              {error ? (
                <ErrorAlert
                  title={l.loadMoreErrorTitle}
                  error={error}
                  onRetry={onRetry}
                  retryLabel={l.retry}
                />
              ) : null}
              {hasMore && !error && onLoadMore ? (
                <Button
                  // Not `disabled` while loading: a disabled button drops the keyboard focus.
                  aria-disabled={loadingMore}
                  onClick={() => {
                    if (!loadingMore) onLoadMore();
                  }}
                >
                  {l.loadMore}
                </Button>
              ) : null}
              {loadingMore ? <Spinner label={l.loadingMore} /> : null}
            </div>
          </section>
        </ListState>
      </section>
    </KonanRoot>
  );
}
