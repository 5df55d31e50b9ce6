import type { Browser, Page } from 'playwright-core';
import { type BenchSection, type Figure, median } from '../figures';
import type {
  FeedbackTableFigures,
  LogVariant,
  LogViewerFigures,
  QueryVariant,
  SharedQueryFigures,
  TableVariant,
} from '../page/bench-api';
import { withTimeout } from '../with-timeout';

export const TABLE_ROWS = 100_000;
export const LOG_BYTES = 10 * 1024 * 1024;
export const QUERY_COMPONENTS = 20;
/** One page load, including the 100,000-row plain table (minutes on a loaded machine). */
const PAGE_LIMIT_MS = 600_000;

/** Runs `work` in a fresh browser context (a fresh heap and cache) on the bench page. */
async function inFreshPage<T>(
  browser: Browser,
  url: string,
  what: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset.benchReady === 'true', null, {
      timeout: 30_000,
    });
    const result = await withTimeout(work(page), PAGE_LIMIT_MS, what).catch((error: Error) => {
      throw new Error(
        `${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
      );
    });
    return result;
  } finally {
    await context.close();
  }
}

type Progress = (message: string) => void;

/** How many times to run konan-react and the baseline. */
export interface Reps {
  konan: number;
  baseline: number;
}

/**
 * Runs each variant its number of times, alternating them so drift hits them alike. The first
 * variant is konan-react, the second the baseline and a third, if any, the peer (run as often as
 * konan-react).
 */
async function repeat<K extends string, T>(
  reps: Reps,
  variants: readonly [K, K] | readonly [K, K, K],
  run: (variant: K) => Promise<T>,
  progress: Progress,
  what: string,
): Promise<Record<K, T[]>> {
  const names = ['konan-react', 'baseline', 'peer'];
  const counts = [reps.konan, reps.baseline, reps.konan];
  const out = Object.fromEntries(variants.map((v) => [v, []])) as unknown as Record<K, T[]>;
  for (let i = 0; i < Math.max(reps.konan, reps.baseline); i++) {
    for (const [v, variant] of variants.entries()) {
      const count = counts[v] as number;
      if (i >= count) continue;
      progress(`${what}: ${names[v]} ${i + 1}/${count}`);
      out[variant].push(await run(variant));
    }
  }
  return out;
}

export async function feedbackTableSection(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<BenchSection> {
  const runs = await repeat<TableVariant, FeedbackTableFigures>(
    reps,
    ['konan', 'plain', 'peer'],
    (variant) =>
      inFreshPage(browser, url, `feedback table (${variant})`, (page) =>
        page.evaluate(
          ([v, n]) => (window.konanBench as NonNullable<Window['konanBench']>).feedbackTable(v, n),
          [variant, TABLE_ROWS] as const,
        ),
      ),
    progress,
    'FeedbackResultsTable',
  );
  const bench = `1. FeedbackResultsTable, ${TABLE_ROWS.toLocaleString('en-US')} rows (Chromium)`;
  const pick = (variant: TableVariant, key: keyof FeedbackTableFigures) =>
    runs[variant].map((r) => r[key]);
  const figure = (
    id: keyof FeedbackTableFigures,
    metric: string,
    unit: 'ms' | 'rows',
    target?: { max: number },
  ): Figure => ({
    id: `feedbackTable.${id}`,
    bench,
    metric,
    unit,
    value: median(pick('konan', id)),
    baseline: median(pick('plain', id)),
    peer: median(pick('peer', id)),
    ...(target && { target }),
    samples: pick('konan', id) as number[],
    baselineSamples: pick('plain', id) as number[],
    peerSamples: pick('peer', id) as number[],
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
  const runs = await repeat<LogVariant, LogViewerFigures>(
    reps,
    ['konan', 'pre', 'peer'],
    (variant) =>
      inFreshPage(browser, url, `log viewer (${variant})`, (page) =>
        page.evaluate(
          ([v, n]) => (window.konanBench as NonNullable<Window['konanBench']>).logViewer(v, n),
          [variant, LOG_BYTES] as const,
        ),
      ),
    progress,
    'ContainerLogViewer',
  );
  const pick = (variant: LogVariant, key: keyof LogViewerFigures) =>
    runs[variant].map((r) => r[key]);
  const lines = runs.konan[0]?.logLines ?? 0;
  const bench = `2. ContainerLogViewer, ${(LOG_BYTES / 1024 / 1024).toFixed(0)} MB ANSI log, ${lines.toLocaleString('en-US')} lines (Chromium)`;
  const figure = (id: keyof LogViewerFigures, metric: string, unit: 'ms' | 'lines'): Figure => ({
    id: `logViewer.${id}`,
    bench,
    metric,
    unit,
    value: median(pick('konan', id)),
    baseline: median(pick('pre', id)),
    peer: median(pick('peer', id)),
    samples: pick('konan', id) as number[],
    baselineSamples: pick('pre', id) as number[],
    peerSamples: pick('peer', id) as number[],
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

export async function sharedQueryRuns(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<Record<QueryVariant, SharedQueryFigures[]>> {
  return repeat<QueryVariant, SharedQueryFigures>(
    reps,
    ['konan', 'naive'],
    (variant) =>
      inFreshPage(browser, url, `shared query (${variant})`, (page) =>
        page.evaluate(
          ([v, n]) => (window.konanBench as NonNullable<Window['konanBench']>).sharedQuery(v, n),
          [variant, QUERY_COMPONENTS] as const,
        ),
      ),
    progress,
    'useModels',
  );
}
