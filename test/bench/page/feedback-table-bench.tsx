import type { ComponentType } from 'react';
import type { KonanFeedbacksResult } from '../../../src/client/data-types';
import { FeedbackResultsTable } from '../../../src/components/feedback-results-table';
import { generateFeedbackResult } from '../data/feedback-result';
import type { FeedbackTableFigures, TableVariant } from './bench-api';
import { mountTimed, timeAction, unmount } from './mount-timed';
import { PeerFeedbackTable } from './peer-feedback-table';
import { PlainFeedbackTable } from './plain-feedback-table';
import { afterPaint, dragToEnd, endTimed, inView, startTimed } from './settle';

const HEIGHT = 420;
const LIMIT_MS = 300_000;
const TABLES: Record<
  TableVariant,
  ComponentType<{ result: KonanFeedbacksResult; height: number }>
> = {
  konan: FeedbackResultsTable,
  plain: PlainFeedbackTable,
  peer: PeerFeedbackTable,
};

/**
 * First render, DOM rows, scroll to the last row, then filter to rejected items by clicking the
 * real filter button; then, in a table mounted again in the same page, sort by clicking the
 * Prediction UUID column's sort control. Every time runs from the action to just after the next
 * paint.
 */
export async function feedbackTableBench(
  variant: TableVariant,
  count: number,
): Promise<FeedbackTableFigures> {
  const result = generateFeedbackResult(count);
  const { host, root, ms: firstRenderMs } = await mountTable(variant, result, 'first-render');
  const scrollerSelector =
    variant === 'plain' ? '.bench-plain-scroll' : '.konan-feedback-results-table-scroll';
  const domRows = host.querySelectorAll('tbody tr').length;

  const scroller = host.querySelector(scrollerSelector) as HTMLElement;
  const lastRow = () => host.querySelector(`tbody tr[data-index="${count - 1}"]`);
  const scrollStart = await startTimed('scroll');
  const scrollDrags = await dragToEnd(host, scroller, () => {
    const row = lastRow();
    return row !== null && inView(row, scroller);
  });
  await afterPaint();
  const scrollMs = await endTimed('scroll', scrollStart);
  const scrollEndMs = scrollDrags === null ? null : scrollMs;

  const rejected = result.rejected;
  const button = host.querySelector<HTMLButtonElement>('button[data-outcome="rejected"]');
  if (!button) throw new Error(`${variant} table: no "rejected" filter button`);
  const filterMs = await timeAction(
    'filter',
    host,
    () => button.click(),
    () => {
      if (!host.querySelector(`table[aria-rowcount="${rejected + 1}"]`)) return false;
      const rows = host.querySelectorAll('tbody tr');
      if (rows.length === 0) return false;
      for (const row of rows) if (row.getAttribute('data-outcome') !== 'rejected') return false;
      return true;
    },
    LIMIT_MS,
  );
  const filteredDomRows = host.querySelectorAll('tbody tr').length;

  unmount({ host, root });
  const { warmRenderMs, sortMs } = await mountAgain(variant, count);
  return {
    firstRenderMs,
    warmRenderMs,
    domRows,
    scrollEndMs,
    scrollDrags,
    filterMs,
    sortMs,
    rejectedRows: rejected,
    filteredDomRows,
  };
}

/** Mounts a table and times it from `render` to just after the paint that shows its first row. */
function mountTable(variant: TableVariant, result: KonanFeedbacksResult, action: string) {
  const Table = TABLES[variant];
  const shown = (host: HTMLElement) => host.querySelector('tbody tr') !== null;
  return mountTimed(action, <Table result={result} height={HEIGHT} />, shown, LIMIT_MS);
}

/**
 * Mounts the table again (a new result object, same rows) in the same page, once the first is
 * gone: what a dashboard sees when what it showed before already loaded fonts and locale data.
 * Then sorts it by prediction UUID with the column's own control (the plain table has none).
 */
async function mountAgain(
  variant: TableVariant,
  count: number,
): Promise<{ warmRenderMs: number; sortMs: number | null }> {
  const result = generateFeedbackResult(count);
  const { host, root, ms: warmRenderMs } = await mountTable(variant, result, 'warm-render');
  const sortButton = host.querySelector<HTMLButtonElement>('thead th:first-child button');
  const lowest = lowestUuid(result);
  const sortMs = sortButton
    ? await timeAction(
        'sort',
        host,
        () => sortButton.click(),
        () =>
          host.querySelector('tbody tr[data-index="0"] td:first-child')?.textContent === lowest &&
          host.querySelector('thead th:first-child[aria-sort="ascending"]') !== null,
        LIMIT_MS,
      )
    : null;
  unmount({ host, root });
  return { warmRenderMs, sortMs };
}

function lowestUuid(result: KonanFeedbacksResult): string {
  let lowest: string | undefined;
  const consider = (uuid: string) => {
    if (lowest === undefined || uuid < lowest) lowest = uuid;
  };
  for (const status of result.statuses) consider(status.predictionUuid);
  for (const item of result.notSent) consider(item.submission.predictionUuid);
  if (lowest === undefined) throw new Error('an empty result has no lowest UUID');
  return lowest;
}
