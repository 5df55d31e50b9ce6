import {
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { Badge, type BadgeTone } from '../shared/badge.js';
import type { KonanFormatters } from '../shared/format.js';
import { ScrollHint } from '../shared/scroll-hint.js';
import { SortableHeader } from '../shared/sortable-header.js';
import { useInlineOverflow } from '../shared/use-inline-overflow.js';
import { useRowWindow } from '../shared/use-row-window.js';
import type { FeedbackResultsTableLabels } from './feedback-results-table-labels.js';
import type {
  FeedbackOutcome,
  FeedbackRowModel,
  FeedbackSort,
  FeedbackSortKey,
} from './feedback-row-model.js';

interface FeedbackVirtualTableProps {
  model: FeedbackRowModel;
  /** The ids of the rows to show, in order; `null` for every row in result order. */
  ids: Uint32Array | null;
  /** How many rows to show. */
  count: number;
  sort: FeedbackSort | null;
  onSort(key: FeedbackSortKey): void;
  height: number | string;
  labels: FeedbackResultsTableLabels;
  format: KonanFormatters;
}

/**
 * The heights the stylesheet gives a body row (fixed, one line of text) and the header row. They
 * are read from the DOM once mounted, so that a theme that changes them still lines up; these
 * defaults spare the first render a second pass.
 */
const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 39;
/** Rows rendered beyond each edge of the view, so that scrolling shows no blank before a render. */
const OVERSCAN = 8;
/** Status codes read as codes: "1001", not "1,001". */
const STATUS: Intl.NumberFormatOptions = { useGrouping: false };
const tones: Record<FeedbackOutcome, BadgeTone> = {
  accepted: 'success',
  rejected: 'danger',
  notSent: 'warning',
};

/**
 * The rows as an ARIA table whose body is virtualized: only the rows in view (and a few around)
 * are in the DOM, each with its `aria-rowindex`. Every row has the same height (see
 * `useRowWindow`). The scroll area itself takes keyboard focus.
 */
export function FeedbackVirtualTable({
  model,
  ids,
  count,
  sort,
  onSort,
  height,
  labels,
  format,
}: FeedbackVirtualTableProps) {
  const hintId = useId();
  const scrollHintId = useId();
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Another filter, search, sort or result is another list of rows, shown from its top.
  const {
    ref: rowWindowRef,
    start,
    end,
    rowHeight,
    headHeight,
  } = useRowWindow<HTMLElement>({
    count,
    rowHeight: ROW_HEIGHT,
    headHeight: HEAD_HEIGHT,
    // The scroll area is at most `height` tall: render the first rows before it is measured.
    initialViewHeight: typeof height === 'number' ? height : 0,
    overscan: OVERSCAN,
    rows: ids ?? model,
    measure: () => ({
      head: headRef.current?.offsetHeight ?? 0,
      row: bodyRef.current?.querySelector('tr')?.offsetHeight ?? 0,
    }),
  });

  // On a phone the table is wider than its scroll area: say so, and keep the UUIDs in view.
  const scrollElement = useRef<HTMLElement | null>(null);
  const scrollRef = useCallback(
    (element: HTMLElement | null) => {
      scrollElement.current = element;
      rowWindowRef(element);
    },
    [rowWindowRef],
  );
  const overflows = useInlineOverflow(scrollElement);

  // A message cut by the ellipsis takes keyboard focus, and its whole text shows under the table
  // while it has it (a screen reader reads the cell itself, which holds the whole text).
  // Which cells are cut is read in a task after the frame is painted, when layout is up to date
  // and reading it costs nothing. Read during the commit (a scroll commits in its event, effects
  // included), it forced a synchronous layout of the table in every frame of a scroll.
  const [focusedMessage, setFocusedMessage] = useState<string | null>(null);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const timer = setTimeout(() => markCutMessages(body, setFocusedMessage));
    return () => clearTimeout(timer);
  });
  const onMessageFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const cell = (event.target as Element).closest('.konan-feedback-results-table-message');
    if (cell instanceof HTMLElement && cell.tabIndex === 0) setFocusedMessage(cell.textContent);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const element = event.currentTarget;
    if (event.target !== element || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(rowHeight, element.clientHeight - headHeight - rowHeight);
    if (event.key === 'ArrowDown') element.scrollBy({ top: rowHeight });
    else if (event.key === 'ArrowUp') element.scrollBy({ top: -rowHeight });
    else if (event.key === 'PageDown') element.scrollBy({ top: page });
    else if (event.key === 'PageUp') element.scrollBy({ top: -page });
    else if (event.key === 'Home') element.scrollTop = 0;
    else if (event.key === 'End') element.scrollTop = element.scrollHeight;
    else return;
    event.preventDefault();
  };

  // A cell cut short by the ellipsis shows its whole text as a tooltip; others get none, so that a
  // screen reader does not read their text twice.
  const onPointerOver = (event: PointerEvent<HTMLTableSectionElement>) => {
    const cell = (event.target as Element).closest('td');
    if (cell && cell.scrollWidth > cell.clientWidth) cell.title = cell.textContent ?? '';
  };
  const onPointerOut = (event: PointerEvent<HTMLTableSectionElement>) => {
    (event.target as Element).closest('td')?.removeAttribute('title');
  };

  const outcomeLabel: Record<FeedbackOutcome, string> = {
    accepted: labels.accepted,
    rejected: labels.rejected,
    notSent: labels.notSent,
  };

  // Rows are keyed by position: another filter, search or sort updates the rows in the DOM in
  // place instead of replacing them (less to create, restyle and lay out).
  const body = [];
  for (let index = start; index < end; index++) {
    const id = ids ? (ids[index] as number) : index;
    const row = model.row(id);
    body.push(
      <tr
        key={index}
        aria-rowindex={index + 2}
        data-index={index}
        className="konan-feedback-results-table-row"
        data-outcome={row.outcome}
      >
        <td className="konan-mono konan-feedback-results-table-uuid" title={row.predictionUuid}>
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
            format.number(row.status, STATUS)
          )}
        </td>
        <td className="konan-feedback-results-table-message">
          {row.message || <span className="konan-muted">{labels.noMessage}</span>}
        </td>
      </tr>,
    );
  }

  return (
    <>
      {overflows ? <ScrollHint id={scrollHintId}>{labels.scrollHint}</ScrollHint> : null}
      <section
        ref={scrollRef}
        aria-label={labels.table}
        aria-describedby={overflows ? `${scrollHintId} ${hintId}` : hintId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area must be keyboard-scrollable.
        tabIndex={0}
        className="konan-table-scroll konan-feedback-results-table-scroll"
        data-overflows={overflows ? '' : undefined}
        style={{ maxHeight: height }}
        onKeyDown={onKeyDown}
      >
        <table
          className="konan-feedback-results-table-grid"
          aria-label={labels.table}
          aria-rowcount={count + 1}
        >
          <thead ref={headRef} className="konan-feedback-results-table-head">
            <tr aria-rowindex={1} className="konan-feedback-results-table-row">
              <SortableHeader
                label={labels.columnUuid}
                direction={sort?.key === 'uuid' ? sort.direction : undefined}
                onSort={() => onSort('uuid')}
              />
              <SortableHeader
                label={labels.columnOutcome}
                direction={sort?.key === 'outcome' ? sort.direction : undefined}
                onSort={() => onSort('outcome')}
              />
              <SortableHeader
                label={labels.columnStatus}
                direction={sort?.key === 'status' ? sort.direction : undefined}
                onSort={() => onSort('status')}
              />
              <th scope="col" className="konan-feedback-results-table-plain-header">
                {labels.columnMessage}
              </th>
            </tr>
          </thead>
          <tbody
            ref={bodyRef}
            className="konan-feedback-results-table-body"
            style={{ height: count * rowHeight, paddingTop: start * rowHeight }}
            onPointerOver={onPointerOver}
            onPointerOut={onPointerOut}
            onFocus={onMessageFocus}
            onBlur={() => setFocusedMessage(null)}
          >
            {body}
          </tbody>
        </table>
      </section>
      {focusedMessage !== null ? (
        // Hidden from screen readers: the focused cell already gives them the whole text.
        <p className="konan-feedback-results-table-full-message" aria-hidden="true">
          <strong>{labels.fullMessage}</strong> {focusedMessage}
        </p>
      ) : null}
      <p id={hintId} className="konan-visually-hidden">
        {labels.keyboardHint}
      </p>
    </>
  );
}

/**
 * Gives the message cells the ellipsis cuts `tabindex="0"` (and takes it from the others), then,
 * as rows are reused by another filter or sort, follows the text now in the focused cell.
 */
function markCutMessages(body: HTMLElement, setFocusedMessage: (text: string | null) => void) {
  const cells = [...body.querySelectorAll<HTMLElement>('.konan-feedback-results-table-message')];
  const cut = cells.map((cell) => cell.scrollWidth > cell.clientWidth); // read all, then write
  cells.forEach((cell, i) => {
    // Written only when it changes: every attribute write invalidates the row's style.
    if (cut[i] === cell.hasAttribute('tabindex')) return;
    if (cut[i]) cell.tabIndex = 0;
    else cell.removeAttribute('tabindex');
  });
  const active = document.activeElement;
  if (active instanceof HTMLElement && cells.includes(active)) {
    setFocusedMessage(active.tabIndex === 0 ? active.textContent : null);
  }
}
