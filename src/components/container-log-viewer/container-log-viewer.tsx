import {
  type CSSProperties,
  type KeyboardEvent,
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Button } from '../shared/button.js';
import { classNames } from '../shared/class-names.js';
import { CopyButton } from '../shared/copy-button.js';
import { downloadText } from '../shared/download-text.js';
import { EmptyState } from '../shared/empty-state.js';
import { type KonanFormatters, useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { SearchInput } from '../shared/search-input.js';
import { useLabels } from '../shared/use-labels.js';
import { useRowWindow } from '../shared/use-row-window.js';
import type { KonanViewProps } from '../shared/view-props.js';
import {
  type ContainerLogViewerLabels,
  defaultContainerLogViewerLabels,
} from './container-log-viewer-labels.js';
import { type LogLines, plainLogText } from './log-lines.js';
import { LogRow } from './log-row.js';
import { matchesOnLine, searchLogLines } from './search-log.js';
import { useLogLines } from './use-log-lines.js';

/** Every line is one row of this height (px); kept in sync with the stylesheet. */
const LINE_HEIGHT = 20;
/** Room for a horizontal scrollbar and the border under the last line. */
const SCROLLBAR_ROOM = 20;

export interface ContainerLogViewerProps extends KonanViewProps<ContainerLogViewerLabels> {
  /** The container's output: plain text, possibly with ANSI color codes. Never read as HTML. */
  logs: string;
  /**
   * Height of the scrolling log (CSS length or px). Defaults to 360px. `"fill"`: the viewer takes
   * its parent's height (give the parent one, e.g. a grid cell or `height: 70dvh`) and the log
   * the room the toolbar leaves, so its last line stays in sight.
   */
  height?: number | string;
  /** Start with "follow the end" on: the log stays scrolled to its last line as it grows. */
  defaultFollow?: boolean;
}

/**
 * A virtualized container log: ANSI colours as styled text, line numbers, search with next and
 * previous, copy, download and "follow the end". Only the visible lines are in the DOM, so a
 * 10 MB log scrolls as smoothly as a short one, and only the lines up to those in view are parsed
 * before the first paint; the rest are parsed in short steps after it.
 */
export function ContainerLogViewer({
  logs,
  labels: overrides,
  height = 360,
  defaultFollow = false,
  className,
}: ContainerLogViewerProps) {
  const labels = useLabels('containerLogViewer', defaultContainerLogViewerLabels, overrides);
  const format = useFormatters();
  const lines = useLogLines(logs);
  const count = lines.raw.length;

  const [term, setTerm] = useState('');
  const deferredTerm = useDeferredValue(term);
  // An empty term needs no line prepared, so the first paint of a long log does not wait for all.
  const search = useMemo(
    () => searchLogLines(deferredTerm === '' ? [] : lines.allPlain(), deferredTerm),
    [lines, deferredTerm],
  );
  const total = search.matches.length;
  // The cursor survives the log growing while the same term is searched.
  const [cursor, setCursor] = useState({ term: '', index: 0 });
  const current =
    total === 0 ? -1 : cursor.term === deferredTerm ? Math.min(cursor.index, total - 1) : 0;
  const [scrollRequest, setScrollRequest] = useState(0);

  const [follow, setFollow] = useState(defaultFollow);
  const alignHorizontally = useRef(false);
  const {
    ref: scrollRef,
    element: container,
    start,
    end,
    scrollToIndex,
  } = useRowWindow<HTMLElement>({
    count,
    rowHeight: LINE_HEIGHT,
    initialViewHeight: typeof height === 'number' ? height : height === 'fill' ? 0 : 360,
    overscan: 12,
  });

  // A new term (or a navigation) brings its current match into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new term or navigation only, not when the log grows.
  useLayoutEffect(() => {
    const match = current === -1 ? undefined : search.matches[current];
    if (!match) return;
    scrollToIndex(match.line, 'center');
    alignHorizontally.current = true;
  }, [deferredTerm, scrollRequest]);

  // Once the current match is rendered, scroll sideways to it if the line is wide.
  useLayoutEffect(() => {
    if (!alignHorizontally.current) return;
    const mark = container?.querySelector<HTMLElement>('mark[data-current]');
    if (!container || !mark) return;
    alignHorizontally.current = false;
    // The stylesheet keeps the log LTR, but this holds in either direction: the sticky gutter sits
    // on the inline-start side, and a larger scrollLeft shows more of the right in both (it runs
    // from 0 down to negative values in an RTL scroller).
    const rtl = getComputedStyle(container).direction === 'rtl';
    const gutter =
      container.querySelector<HTMLElement>('.konan-container-log-viewer-number')?.offsetWidth ?? 0;
    const left = container.getBoundingClientRect().left + container.clientLeft;
    const right = left + container.clientWidth;
    const shownLeft = rtl ? left : left + gutter;
    const shownRight = rtl ? right - gutter : right;
    const markBox = mark.getBoundingClientRect();
    if (markBox.left < shownLeft) {
      container.scrollLeft -= shownLeft - markBox.left + LINE_HEIGHT;
    } else if (markBox.right > shownRight) {
      container.scrollLeft += markBox.right - shownRight + LINE_HEIGHT;
    }
  });

  useLayoutEffect(() => {
    if (follow && container && count > 0) container.scrollTop = container.scrollHeight;
  }, [follow, count, container]);

  // Turning "follow" on also brings the log's last line into the page's view (the log may reach
  // below the fold); only on the user's click, never on mount.
  const onFollowChange = useCallback(
    (on: boolean) => {
      setFollow(on);
      if (on) container?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    [container],
  );

  const onScroll = () => {
    if (!follow || !container) return;
    const fromEnd = container.scrollHeight - container.scrollTop - container.clientHeight;
    if (fromEnd > LINE_HEIGHT * 2) setFollow(false);
  };

  const go = useCallback(
    (step: 1 | -1) => {
      if (total === 0) return;
      const base = current === -1 ? 0 : current;
      setCursor({ term: deferredTerm, index: (base + step + total) % total });
      setScrollRequest((n) => n + 1);
    },
    [total, current, deferredTerm],
  );

  const lineCut = useCallback(
    (hidden: number) => labels.lineCut(labelCount(hidden, format.number)),
    [labels, format],
  );

  const matchText =
    deferredTerm === ''
      ? ''
      : total === 0
        ? labels.noMatchTitle
        : labels.matchPosition(
            labelCount(current + 1, format.number),
            labelCount(total, format.number),
            search.truncated,
          );
  const empty = count === 0;
  const fill = height === 'fill';
  const digits = String(Math.max(count, 1)).length;

  const rows = [];
  for (let index = start; index < end; index++) {
    const [from, to] = matchesOnLine(search.matches, index);
    rows.push(
      <LogRow
        key={index}
        index={index}
        top={index * LINE_HEIGHT}
        raw={lines.raw[index] as string}
        plainLength={lines.plain(index).length}
        startStyle={lines.startStyle(index)}
        lineNumber={String(index + 1)}
        matches={search.matches}
        matchFrom={from}
        matchTo={to}
        current={current >= from && current < to ? current : -1}
        lineCut={lineCut}
      />,
    );
  }

  return (
    <KonanRoot
      className={classNames(
        'konan-container-log-viewer',
        fill && 'konan-container-log-viewer-fill',
        className,
      )}
    >
      <LogToolbar
        labels={labels}
        format={format}
        lines={lines}
        term={term}
        onSearch={setTerm}
        onGo={go}
        total={total}
        matchText={matchText}
        count={count}
        follow={follow}
        onFollowChange={onFollowChange}
      />
      {empty ? (
        <div className="konan-container-log-viewer-empty">
          <EmptyState title={labels.emptyTitle} />
        </div>
      ) : (
        <section
          ref={scrollRef}
          className="konan-container-log-viewer-scroll"
          aria-label={labels.region}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrollable log must be focusable to scroll it by keyboard.
          tabIndex={0}
          onScroll={onScroll}
          style={
            {
              // Short logs take only the room they need.
              [fill ? 'maxHeight' : 'height']: `min(${
                fill ? '100%' : typeof height === 'number' ? `${height}px` : height
              }, ${count * LINE_HEIGHT + SCROLLBAR_ROOM}px)`,
              '--konan-log-digits': digits,
            } as CSSProperties
          }
        >
          <div className="konan-container-log-viewer-sizer" style={{ height: count * LINE_HEIGHT }}>
            {rows}
          </div>
        </section>
      )}
    </KonanRoot>
  );
}

interface LogToolbarProps {
  labels: ContainerLogViewerLabels;
  format: KonanFormatters;
  lines: LogLines;
  term: string;
  onSearch(term: string): void;
  onGo(step: 1 | -1): void;
  /** How many matches the search found. */
  total: number;
  matchText: string;
  count: number;
  follow: boolean;
  onFollowChange(on: boolean): void;
}

/**
 * Search, match count, line count, "follow", copy and download. Its own memoized component, so
 * that a scroll (which renders the viewer for the lines now in view) does not render it again.
 */
const LogToolbar = memo(function LogToolbar({
  labels,
  format,
  lines,
  term,
  onSearch,
  onGo,
  total,
  matchText,
  count,
  follow,
  onFollowChange,
}: LogToolbarProps) {
  const hintId = useId();
  const empty = count === 0;
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onGo(event.shiftKey ? -1 : 1);
  };
  const download = () =>
    downloadText(plainLogText(lines), labels.downloadFileName, 'text/plain;charset=utf-8');
  return (
    <div className="konan-container-log-viewer-toolbar">
      <div className="konan-container-log-viewer-search">
        <SearchInput
          label={labels.searchLabel}
          labelHidden
          placeholder={labels.searchPlaceholder}
          value={term}
          onSearch={onSearch}
          onKeyDown={onSearchKeyDown}
          aria-describedby={hintId}
          disabled={empty}
        />
        <span id={hintId} className="konan-visually-hidden">
          {labels.searchHint}
        </span>
        {([-1, 1] as const).map((step) => {
          const label = step < 0 ? labels.previousMatch : labels.nextMatch;
          return (
            <Button
              key={step}
              variant="ghost"
              aria-label={label}
              title={label}
              disabled={total === 0}
              onClick={() => onGo(step)}
            >
              <Chevron up={step < 0} />
            </Button>
          );
        })}
        <span role="status" className="konan-container-log-viewer-count">
          {matchText}
        </span>
      </div>
      <div className="konan-container-log-viewer-actions">
        <span className="konan-muted">{labels.lineCount(labelCount(count, format.number))}</span>
        <label className="konan-container-log-viewer-follow">
          <input
            type="checkbox"
            checked={follow}
            disabled={empty}
            onChange={(event) => onFollowChange(event.target.checked)}
          />
          {labels.followLabel}
        </label>
        <CopyButton
          text={() => plainLogText(lines)}
          copiedMessage={labels.copyDone}
          failedMessage={labels.copyFailed}
          disabled={empty}
        >
          {labels.copy}
        </CopyButton>
        <Button onClick={download} disabled={empty}>
          {labels.download}
        </Button>
      </div>
    </div>
  );
});

function Chevron({ up = false }: { up?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      style={up ? { transform: 'rotate(180deg)' } : undefined}
    >
      <path
        d="M4 6l4 4 4-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
