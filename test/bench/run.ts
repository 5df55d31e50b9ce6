import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { chromiumVersion } from '../browser/launch-chromium';
import {
  feedbackTableSection,
  logViewerSection,
  QUERY_COMPONENTS,
  sharedQueryRuns,
} from './browser/browser-benches';
import { buildBenchPage } from './browser/build-page';
import { chartSection } from './browser/chart-section';
import { driftSection } from './browser/drift-section';
import { launchBenchChromium } from './browser/launch-bench-chromium';
import { type StaticServer, serveStatic } from './browser/static-server';
import { volumeSection } from './browser/volume-section';
import { type BenchSection, figureMaker } from './figures';
import {
  ACCESS_TTL_SECONDS,
  CONCURRENT_CALLS,
  type RefreshCase,
  runRefreshCase,
} from './node/session-refresh-bench';
import {
  accountedFor,
  FEEDBACK_ITEMS,
  runSubmitCase,
  type SubmitCase,
  submitSection,
} from './node/submit-feedbacks-bench';
import {
  formatBaselines,
  formatMarkdown,
  formatTable,
  slowerThanPeer,
  withRatios,
  writeJson,
} from './report';

/**
 * `npm run bench`: every figure with its baseline, one table, and results/latest.{json,md}.
 * `npm run bench -- --only table` (or `log`, `submit`, `session`, `drift`, `volume`, `chart`;
 * comma-separated for several)
 * runs only those sections and prints their table without writing the results files.
 */
const SECTIONS = ['table', 'log', 'submit', 'session', 'drift', 'volume', 'chart'] as const;
/** The sections measured in Chromium, on the bench page. */
const BROWSER_SECTIONS: readonly SectionName[] = [
  'table',
  'log',
  'session',
  'drift',
  'volume',
  'chart',
];
type SectionName = (typeof SECTIONS)[number];
const only = parseOnly(process.argv.slice(2));
const runs = (name: SectionName) => only === null || only.has(name);

const BROWSER_REPS = boundedReps(process.env.KONAN_BENCH_REPS, 5);
const NODE_REPS = boundedReps(process.env.KONAN_BENCH_NODE_REPS, 3);
/**
 * The plain 100,000-row table takes minutes per run, so by default it runs once. A partial run
 * may skip it with `KONAN_BENCH_TABLE_BASELINE_REPS=0` (its baseline then shows as n/a).
 */
const TABLE_BASELINE_REPS = boundedReps(
  process.env.KONAN_BENCH_TABLE_BASELINE_REPS,
  1,
  only === null ? 1 : 0,
);
const RUN_LIMIT_MS = 30 * 60_000;
const resultsDir = resolve(import.meta.dirname, 'results');

function boundedReps(text: string | undefined, fallback: number, min = 1): number {
  const n = Number(text);
  return text !== undefined && text !== '' && Number.isInteger(n) && n >= min
    ? Math.min(n, 15)
    : fallback;
}

/** The sections named by `--only`, or `null` for a full run; exits on anything else. */
function parseOnly(args: string[]): Set<SectionName> | null {
  const usage = `usage: npm run bench [-- --only ${SECTIONS.join('|')}[,…]]`;
  let only: string[] | undefined;
  try {
    only = parseArgs({ args, options: { only: { type: 'string', multiple: true } } }).values.only;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${usage}\n`);
    process.exit(2);
  }
  if (!only) return null;
  const names = only.flatMap((value) => value.split(',')).map((name) => name.trim());
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    process.stderr.write(`bench: unknown section "${unknown.join(', ')}"\n${usage}\n`);
    process.exit(2);
  }
  return new Set(names as SectionName[]);
}

const progress = (message: string) => process.stderr.write(`  … ${message}\n`);

function sessionSection(
  refresh: Record<'konan' | 'baseline', RefreshCase[]>,
  query: Awaited<ReturnType<typeof sharedQueryRuns>>,
): BenchSection {
  const bench = '4. Session and cache';
  const refreshFigure = figureMaker(bench, 'session', refresh, {
    value: 'konan',
    baseline: 'baseline',
  });
  const queryFigure = figureMaker(bench, 'cache', query, { value: 'konan', baseline: 'naive' });
  const calls = `${CONCURRENT_CALLS} calls after expiry`;
  const components = `${QUERY_COMPONENTS} components, same query`;
  return {
    bench,
    baseline: `${CONCURRENT_CALLS} calls after expiry (access tokens live ${ACCESS_TTL_SECONDS} s, over loopback HTTP): ${CONCURRENT_CALLS} clients holding the same expired tokens, one call each (no shared refresh). ${QUERY_COMPONENTS} components: each fetches in a useEffect with client.listModels (no shared cache or dedup), in Chromium against the in-page emulator; timed in a page where both variants already ran once (the fresh-page figure is information).`,
    figures: [
      refreshFigure('refreshRequests', `${calls}: refresh requests`, 'requests', { equals: 1 }),
      refreshFigure('wallMs', `${calls}: wall time`, 'ms'),
      queryFigure('requests', `${components}: requests`, 'requests', { equals: 1 }),
      queryFigure('allShownMs', `${components}: all shown (page already in use)`, 'ms'),
      queryFigure('freshShownMs', `${components}: all shown, fresh page (information)`, 'ms'),
    ],
  };
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg()[0] ?? 0;
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let pageDir: string | undefined;
  const sections: BenchSection[] = [];
  let chromium = 'unknown';
  try {
    let query: Awaited<ReturnType<typeof sharedQueryRuns>> = { konan: [], naive: [] };
    if (BROWSER_SECTIONS.some(runs)) {
      progress('building the bench page with Vite');
      pageDir = await buildBenchPage();
      server = await serveStatic(pageDir);
      browser = await launchBenchChromium();
      chromium = chromiumVersion(browser);
      const reps = { konan: BROWSER_REPS, baseline: BROWSER_REPS };
      const pages = { browser, url: server.url, reps, progress };
      const tableReps = { konan: BROWSER_REPS, baseline: TABLE_BASELINE_REPS };
      if (runs('table')) sections.push(await feedbackTableSection({ ...pages, reps: tableReps }));
      if (runs('log')) sections.push(await logViewerSection(pages));
      if (runs('session')) query = await sharedQueryRuns(pages);
      if (runs('drift')) sections.push(await driftSection(pages));
      if (runs('volume')) sections.push(await volumeSection(pages));
      if (runs('chart')) sections.push(await chartSection(pages));
      await browser.close();
      browser = undefined;
    }

    const submits: Record<'konan' | 'baseline', SubmitCase[]> = { konan: [], baseline: [] };
    for (let i = 0; i < (runs('submit') ? NODE_REPS : 0); i++) {
      for (const variant of ['konan', 'baseline'] as const) {
        progress(`submitFeedbacks: ${variant} ${i + 1}/${NODE_REPS}`);
        const run = await runSubmitCase(variant === 'konan' ? undefined : 1);
        const sum = run.accepted + run.rejected + run.notSent;
        process.stderr.write(
          `    ${variant}: accepted ${run.accepted} + rejected ${run.rejected} + notSent ${run.notSent} = ${sum} ${
            accountedFor(run) ? '===' : '!=='
          } ${FEEDBACK_ITEMS} (${run.feedbackRequests} feedback requests, ${run.existing} existing predictions targeted)\n`,
        );
        submits[variant].push(run);
      }
    }
    if (runs('submit')) sections.push(submitSection(submits.konan, submits.baseline));

    const refresh: Record<'konan' | 'baseline', RefreshCase[]> = { konan: [], baseline: [] };
    for (let i = 0; i < (runs('session') ? NODE_REPS : 0); i++) {
      for (const variant of ['konan', 'baseline'] as const) {
        progress(`session refresh: ${variant} ${i + 1}/${NODE_REPS}`);
        refresh[variant].push(await runRefreshCase(variant));
      }
    }
    if (runs('session')) sections.push(sessionSection(refresh, query));

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      chromium,
      /** 1-minute load average when the run started and ended: other work skews every time. */
      loadAverage: { start: loadBefore, end: loadavg()[0] ?? 0 },
    };
    const table = formatTable(sections);
    const baselines = formatBaselines(sections);
    process.stdout.write(
      `\nkonan-react benchmarks, ${started.toISOString()}\n` +
        `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}; ` +
        `load average ${machine.loadAverage.start.toFixed(1)} at the start, ${machine.loadAverage.end.toFixed(1)} at the end.\n` +
        `Medians of ${BROWSER_REPS} runs in Chromium (the plain 100,000-row table: ${TABLE_BASELINE_REPS}) and ${NODE_REPS} in Node. ` +
        `Ratio = konan-react ÷ baseline; ratio to peer = konan-react ÷ peer (lower is better; target ≤ 1).\n\n` +
        `${table}\n\nBaselines:\n${baselines}\n`,
    );
    const failed = sections
      .flatMap((s) => withRatios([s])[0]?.figures ?? [])
      .filter((f) => f.met === false);
    const slower = slowerThanPeer(sections);
    const missed = () => {
      if (failed.length > 0) {
        process.stdout.write(
          `Targets missed: ${failed.map((f) => `${f.bench} / ${f.metric}`).join('; ')}\n`,
        );
      }
      if (slower.length > 0) {
        process.stdout.write(
          `Slower than the peer: ${slower.map((f) => `${f.bench} / ${f.metric}`).join('; ')}\n`,
        );
      }
    };
    if (only !== null) {
      // A partial run must not replace the committed figures of a full one.
      process.stdout.write(
        `\nPartial run (--only ${[...only].join(',')}): results/latest.json and latest.md left as they were.\n`,
      );
      missed();
      return;
    }
    const results = {
      date: started.toISOString(),
      command: 'npm run bench',
      machine,
      reps: { browser: BROWSER_REPS, tableBaseline: TABLE_BASELINE_REPS, node: NODE_REPS },
      ratio: 'value / baseline; lower is better for every figure',
      ratioToPeer: 'value / peer; at most 1 is the target',
      sections: withRatios(sections),
      details: { submitFeedbacks: submits, sessionRefresh: refresh, sharedQuery: query },
    };
    await writeJson(resolve(resultsDir, 'latest.json'), results);
    await writeFile(
      resolve(resultsDir, 'latest.md'),
      `${formatMarkdown(sections)}\n\nBaselines:\n${baselines}\n`,
    );
    process.stdout.write(`\nWrote ${resolve(resultsDir, 'latest.json')} and latest.md\n`);
    missed();
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (pageDir) await rm(pageDir, { recursive: true, force: true });
  }
}

const guard = setTimeout(() => {
  process.stderr.write(`bench: still running after ${RUN_LIMIT_MS / 60_000} min, giving up\n`);
  process.exit(2);
}, RUN_LIMIT_MS);
guard.unref();

main().then(
  () => clearTimeout(guard),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
    clearTimeout(guard);
  },
);
