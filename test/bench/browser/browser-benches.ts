import { type BenchSection, figureMaker } from '../figures';
import type { QueryVariant, SharedQueryFigures } from '../page/bench-api';
import { type BenchPages, runBench } from './fresh-page';

export const TABLE_ROWS = 100_000;
export const LOG_BYTES = 10 * 1024 * 1024;
export const QUERY_COMPONENTS = 20;

const TABLE_BASELINE =
  'the same row model and filter buttons, every row in one plain <table> (not virtualized; it has no sort control).';
const TABLE_PEER =
  'the same rows, columns, cell text and stylesheet in @tanstack/react-table 8 (useReactTable with the core, filtered and sorted row models; outcome filter `equals`, UUID sort `basic`) with @tanstack/react-virtual 3 (useVirtualizer, fixed estimateSize of 40 px, overscan 8), as their docs show.';
const LOG_BASELINE =
  'the whole log as text in one <pre> (escapes shown raw: no colours, line numbers or search).';
const LOG_PEER =
  'the same lines, split and ANSI-parsed by useLogLines (the lines up to those in view before the first paint, the rest in 8 ms steps after it), drawn by the same LogRow in the same stylesheet, windowed by @tanstack/react-virtual 3 (useVirtualizer, fixed estimateSize of 20 px, overscan 12).';

/** 1. `FeedbackResultsTable` with 100,000 rows, against a plain table and the TanStack peer. */
export async function feedbackTableSection(pages: BenchPages): Promise<BenchSection> {
  const variants = ['konan', 'plain', 'peer'] as const;
  const runs = await runBench(pages, 'feedbackTable', TABLE_ROWS, variants, 'FeedbackResultsTable');
  const bench = `1. FeedbackResultsTable, ${TABLE_ROWS.toLocaleString('en-US')} rows (Chromium)`;
  const roles = { value: 'konan', baseline: 'plain', peer: 'peer' } as const;
  const figure = figureMaker(bench, 'feedbackTable', runs, roles);
  const figures = [
    figure('warmRenderMs', 'first render (page already in use)', 'ms', { max: 50 }),
    figure('firstRenderMs', 'first render, fresh page (information)', 'ms'),
    figure('domRows', 'DOM rows', 'rows', { max: 100 }),
    figure('scrollEndMs', 'scroll to the last row', 'ms'),
    figure('filterMs', 'filter to rejected (click)', 'ms', { max: 50 }),
    figure('filteredDomRows', 'DOM rows after the filter', 'rows', { max: 100 }),
    figure('sortMs', 'sort by prediction UUID (click)', 'ms'),
  ];
  return { bench, baseline: TABLE_BASELINE, peer: TABLE_PEER, figures, runs };
}

/** 2. `ContainerLogViewer` with a 10 MB ANSI log, against one `<pre>` and the TanStack peer. */
export async function logViewerSection(pages: BenchPages): Promise<BenchSection> {
  const runs = await runBench(
    pages,
    'logViewer',
    LOG_BYTES,
    ['konan', 'pre', 'peer'],
    'ContainerLogViewer',
  );
  const lines = runs.konan[0]?.logLines ?? 0;
  const bench = `2. ContainerLogViewer, ${(LOG_BYTES / 1024 / 1024).toFixed(0)} MB ANSI log, ${lines.toLocaleString('en-US')} lines (Chromium)`;
  const figure = figureMaker(bench, 'logViewer', runs, {
    value: 'konan',
    baseline: 'pre',
    peer: 'peer',
  });
  const figures = [
    figure('warmRenderMs', 'first render (page already in use)', 'ms'),
    figure('firstRenderMs', 'first render, fresh page (information)', 'ms'),
    figure('domLines', 'lines in the DOM', 'lines'),
    figure('scrollEndMs', 'scroll to the last line', 'ms'),
  ];
  return { bench, baseline: LOG_BASELINE, peer: LOG_PEER, figures, runs };
}

/** The runs behind section 4's cache figures (`useModels` in 20 components). */
export function sharedQueryRuns(
  pages: BenchPages,
): Promise<Record<QueryVariant, SharedQueryFigures[]>> {
  return runBench(pages, 'sharedQuery', QUERY_COMPONENTS, ['konan', 'naive'], 'useModels');
}
