import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Badge, type BadgeTone, useFormatters } from '../shared';
import type { FeedbackResultsTableLabels } from './feedback-results-table-labels';
import type {
  FeedbackOutcome,
  FeedbackRow,
  FeedbackSort,
  FeedbackSortKey,
} from './feedback-row-model';

interface FeedbackVirtualTableProps {
  rows: readonly FeedbackRow[];
  sort: FeedbackSort | null;
  onSort(key: FeedbackSortKey): void;
  height: number | string;
  labels: FeedbackResultsTableLabels;
}

const ROW_ESTIMATE = 41;
const tones: Record<FeedbackOutcome, BadgeTone> = {
  accepted: 'success',
  rejected: 'danger',
  notSent: 'warning',
};

/**
 * The rows as an ARIA table whose body is virtualized: only the rows in view (and a few around)
 * are in the DOM, each with its `aria-rowindex`. The scroll area itself takes keyboard focus.
 */
export function FeedbackVirtualTable({
  rows,
  sort,
  onSort,
  height,
  labels,
}: FeedbackVirtualTableProps) {
  const format = useFormatters();
  const hintId = useId();
  const scrollRef = useRef<HTMLElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(ROW_ESTIMATE);

  useLayoutEffect(() => {
    if (headRef.current) setHeadHeight(headRef.current.offsetHeight);
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
    scrollMargin: headHeight,
  });

  // A new filter, search or sort starts from the top.
  useEffect(() => {
    if (rows && scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [rows]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const element = event.currentTarget;
    if (event.target !== element || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(ROW_ESTIMATE, element.clientHeight - headHeight - ROW_ESTIMATE);
    const last = rows.length - 1;
    if (event.key === 'ArrowDown') element.scrollBy({ top: ROW_ESTIMATE });
    else if (event.key === 'ArrowUp') element.scrollBy({ top: -ROW_ESTIMATE });
    else if (event.key === 'PageDown') element.scrollBy({ top: page });
    else if (event.key === 'PageUp') element.scrollBy({ top: -page });
    else if (event.key === 'Home') virtualizer.scrollToIndex(0, { align: 'start' });
    else if (event.key === 'End') virtualizer.scrollToIndex(last, { align: 'end' });
    else return;
    event.preventDefault();
  };

  const header = (key: FeedbackSortKey, label: string) => {
    const direction = sort?.key === key ? sort.direction : undefined;
    return (
      <th scope="col" aria-sort={direction ?? 'none'}>
        <button
          type="button"
          className="konan-feedback-results-table-sort"
          onClick={() => onSort(key)}
        >
          {label}
          <span aria-hidden="true" data-direction={direction}>
            {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const outcomeLabel: Record<FeedbackOutcome, string> = {
    accepted: labels.accepted,
    rejected: labels.rejected,
    notSent: labels.notSent,
  };

  return (
    <>
      <section
        ref={scrollRef}
        aria-label={labels.table}
        aria-describedby={hintId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area must be keyboard-scrollable.
        tabIndex={0}
        className="konan-feedback-results-table-scroll"
        style={{ maxHeight: height }}
        onKeyDown={onKeyDown}
      >
        <table
          className="konan-feedback-results-table-grid"
          aria-label={labels.table}
          aria-rowcount={rows.length + 1}
        >
          <thead ref={headRef} className="konan-feedback-results-table-head">
            <tr aria-rowindex={1} className="konan-feedback-results-table-row">
              {header('uuid', labels.columnUuid)}
              {header('outcome', labels.columnOutcome)}
              {header('status', labels.columnStatus)}
              <th scope="col" className="konan-feedback-results-table-plain-header">
                {labels.columnMessage}
              </th>
            </tr>
          </thead>
          <tbody
            className="konan-feedback-results-table-body"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={item.key}
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="konan-feedback-results-table-row"
                  data-outcome={row.outcome}
                  style={{ transform: `translateY(${item.start - headHeight}px)` }}
                >
                  <td className="konan-mono konan-feedback-results-table-uuid">
                    {row.predictionUuid}
                  </td>
                  <td>
                    <Badge tone={tones[row.outcome]}>{outcomeLabel[row.outcome]}</Badge>
                  </td>
                  <td className="konan-feedback-results-table-status">
                    {row.status === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="konan-visually-hidden">{labels.noStatus}</span>
                      </>
                    ) : (
                      format.number(row.status, { useGrouping: false })
                    )}
                  </td>
                  <td className="konan-feedback-results-table-message">
                    {row.message || <span className="konan-muted">{labels.noMessage}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p id={hintId} className="konan-visually-hidden">
        {labels.keyboardHint}
      </p>
    </>
  );
}
