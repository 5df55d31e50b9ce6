import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface RowWindowOptions {
  /** How many rows the list has. */
  count: number;
  /** The height every row has, px (until `measure` reads another). */
  rowHeight: number;
  /** The height of a sticky header the rows scroll under, px (until `measure` reads another). */
  headHeight?: number;
  /** The scroll area's height before it is laid out, px; 0 when unknown. */
  initialViewHeight: number;
  /** Rows rendered beyond each edge of the view, so that scrolling shows no blank first. */
  overscan: number;
  /** A new value is another list of rows, which is shown from its top. */
  rows?: unknown;
  /** Reads the row and header heights the stylesheet gives; 0 (not laid out) keeps the option. */
  measure?: () => { row: number; head: number };
}

export interface RowWindow<E extends HTMLElement> {
  /** The ref of the scrolling element (which may mount later than the list, e.g. after an empty state). */
  ref: (element: E | null) => void;
  /** The scrolling element, once mounted. */
  element: E | null;
  /** The rows to render: from `start` (included) to `end` (excluded). */
  start: number;
  end: number;
  rowHeight: number;
  headHeight: number;
  /** How many rows fit in the view at most. */
  visible: number;
  /** Scrolls row `index` to the top of the view, or to its middle. */
  scrollToIndex(index: number, align?: 'start' | 'center'): void;
}

interface Layout {
  row: number;
  head: number;
  /** The scroll area's height, px. */
  view: number;
}

interface Scroll {
  rows: unknown;
  /** `scrollTop` when the first or the last row in view last changed, px. */
  top: number;
}

const visibleRows = (view: number, head: number, row: number) =>
  Math.ceil(Math.max(view - head, 0) / row) + 1;

/** The rows in view at `top`: from `first` (under the header) to `last` (excluded). */
function rowsInView(top: number, { row, head, view }: Layout) {
  const first = Math.floor(top / row);
  return { first, last: Math.max(first + 1, Math.ceil((top + view - head) / row)) };
}

/**
 * Windowing for a list whose rows all have one height: which rows are in view follows from the
 * scroll position alone, so nothing is measured or computed per row, whatever their number.
 * Scrolling renders the rows now in view before the frame is painted, and only when the first row
 * in view changed.
 *
 * Rows of one height are what this library's long lists are made of (a log line, a one-line table
 * row); for rows of varying height, @tanstack/react-virtual measures each one.
 */
export function useRowWindow<E extends HTMLElement>({
  count,
  rowHeight,
  headHeight = 0,
  initialViewHeight,
  overscan,
  rows,
  measure,
}: RowWindowOptions): RowWindow<E> {
  const [element, ref] = useState<E | null>(null);
  const [layout, setLayout] = useState<Layout>(() => ({
    row: rowHeight,
    head: headHeight,
    view: initialViewHeight,
  }));
  // Reset while rendering, so that the first commit of another list already shows its first rows.
  const [scroll, setScroll] = useState<Scroll>({ rows, top: 0 });
  if (scroll.rows !== rows) setScroll({ rows, top: 0 });
  const row = layout.row;
  const { first, last } = rowsInView(scroll.rows === rows ? scroll.top : 0, layout);

  const measureRef = useRef(measure);
  measureRef.current = measure;
  // Reads the heights once laid out, and again when the scroll area is resized and after web fonts
  // load (they can change a row's height).
  useLayoutEffect(() => {
    if (!element) return;
    const update = () => {
      const read = measureRef.current?.();
      const view = element.clientHeight;
      setLayout((current) => {
        const nextRow = read?.row || current.row;
        const nextHead = read?.head || current.head;
        const nextView = view || current.view;
        return nextRow === current.row && nextHead === current.head && nextView === current.view
          ? current
          : { row: nextRow, head: nextHead, view: nextView };
      });
    };
    update();
    let live = true;
    document.fonts?.ready.then(() => live && update());
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resizes?.observe(element);
    return () => {
      live = false;
      resizes?.disconnect();
    };
  }, [element]);

  useLayoutEffect(() => {
    if (!element) return;
    // A new state (a render) only when another row comes into view or leaves it at either edge.
    const read = (state: Scroll): Scroll => {
      const top = Math.max(0, element.scrollTop);
      const before = rowsInView(state.top, layout);
      const now = rowsInView(top, layout);
      return before.first === now.first && before.last === now.last
        ? state
        : { rows: state.rows, top };
    };
    // A scroll area that mounts anew (after an empty state) starts wherever it is, not where the
    // last one was left.
    setScroll(read);
    const onScroll = () => flushSync(() => setScroll(read));
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [element, layout]);

  const scrolledRows = useRef(rows);
  useLayoutEffect(() => {
    if (scrolledRows.current === rows) return;
    scrolledRows.current = rows;
    if (element) element.scrollTop = 0;
  }, [element, rows]);

  const head = layout.head;
  const scrollToIndex = useCallback(
    (index: number, align: 'start' | 'center' = 'start') => {
      if (!element) return;
      const below = align === 'center' ? (element.clientHeight - head - row) / 2 : 0;
      element.scrollTop = Math.max(0, index * row - Math.max(0, below));
    },
    [element, row, head],
  );

  // Exactly the rows in view, as @tanstack/react-virtual renders (a row cut at an edge counts),
  // then the overscan. Past the end (the list got shorter), the last rows.
  const span = last - first;
  const end = Math.min(count, last + overscan);
  const start = Math.max(0, Math.min(first, end - span) - overscan);
  return {
    ref,
    element,
    start,
    end,
    rowHeight: row,
    headHeight: head,
    visible: visibleRows(layout.view, head, row),
    scrollToIndex,
  };
}
