import type { Browser } from 'playwright-core';
import { type BenchSection, figureMaker } from '../figures';
import type { QueryVariant, SharedQueryFigures } from '../page/bench-api';
import { type Progress, type Reps, runBench } from './fresh-page';

export const TABLE_ROWS = 100_000;
export const LOG_BYTES = 10 * 1024 * 1024;
export const QUERY_COMPONENTS = 20;

export async function feedbackTableSection(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<BenchSection> {
  const variants = ['konan', 'plain', 'peer'] as const;
  const runs = await runBench(
    browser,
    url,
    'feedbackTable',
    TABLE_ROWS,
    variants,
    reps,
    progress,
    'FeedbackResultsTable',
  );
  const bench = `1. FeedbackResultsTable, ${TABLE_ROWS.toLocaleString('en-US')} rows (Chromium)`;
  const figure = figureMaker(bench, 'feedbackTable', runs, {
    value: 'konan',
    baseline: 'plain',
    peer: 'peer',
  });
  return {
    bench,
    baseline:
      'the same row model and filter buttons, every row in one plain <table> (not virtualized; it has no sort control).',
    peer: 'the same rows, columns, cell text and stylesheet in @tanstack/react-table 8 (useReactTable with the core, filtered and sorted row models; outcome filter `equals`, UUID sort `basic`) with @tanstack/react-virtual 3 (useVirtualizer, fixed estimateSize of 40 px, overscan 8), as their docs show.',
    figures: [
      figure('warmRenderMs', 'first render (page already in use)', 'ms', { max: 50 }),
      figure('firstRenderMs', 'first render, fresh page (information)', 'ms'),
      figure('domRows', 'DOM rows', 'rows', { max: 100 }),
      figure('scrollEndMs', 'scroll to the last row', 'ms'),
      figure('filterMs', 'filter to rejected (click)', 'ms', { max: 50 }),
      figure('filteredDomRows', 'DOM rows after the filter', 'rows', { max: 100 }),
      figure('sortMs', 'sort by prediction UUID (click)', 'ms'),
    ],
    runs,
  };
}

export async function logViewerSection(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<BenchSection> {
  const variants = ['konan', 'pre', 'peer'] as const;
  const runs = await runBench(
    browser,
    url,
    'logViewer',
    LOG_BYTES,
    variants,
    reps,
    progress,
    'ContainerLogViewer',
  );
  const lines = runs.konan[0]?.logLines ?? 0;
  const bench = `2. ContainerLogViewer, ${(LOG_BYTES / 1024 / 1024).toFixed(0)} MB ANSI log, ${lines.toLocaleString('en-US')} lines (Chromium)`;
  const figure = figureMaker(bench, 'logViewer', runs, {
    value: 'konan',
    baseline: 'pre',
    peer: 'peer',
  });
  return {
    bench,
    baseline:
      'the whole log as text in one <pre> (escapes shown raw: no colours, line numbers or search).',
    peer: 'the same lines, split and ANSI-parsed by the project, drawn by the same LogRow in the same stylesheet, windowed by @tanstack/react-virtual 3 (useVirtualizer, fixed estimateSize of 20 px, overscan 12).',
    figures: [
      figure('warmRenderMs', 'first render (page already in use)', 'ms'),
      figure('firstRenderMs', 'first render, fresh page (information)', 'ms'),
      figure('domLines', 'lines in the DOM', 'lines'),
      figure('scrollEndMs', 'scroll to the last line', 'ms'),
    ],
    runs,
  };
}

export function sharedQueryRuns(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<Record<QueryVariant, SharedQueryFigures[]>> {
  const variants = ['konan', 'naive'] as const;
  return runBench(
    browser,
    url,
    'sharedQuery',
    QUERY_COMPONENTS,
    variants,
    reps,
    progress,
    'useModels',
  );
}
