import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBenchPage } from './browser/build-page';
import { launchBenchChromium } from './browser/launch-bench-chromium';
import { serveStatic } from './browser/static-server';

/**
 * Where one timed action's time goes: `npx tsx test/bench/profile.ts --bench table|log|chart
 * --variant konan|peer|… --action scroll` runs that bench once in Chromium, traces the action
 * (from `startTimed` to `endTimed` in the page) and prints the main thread's time per trace event
 * (script, style, layout, paint, GC) and the functions with the most self time in the CPU profile.
 * `--out DIR` also writes the trace (open it in Chrome's Performance panel).
 */
const { values } = parseArgs({
  options: {
    bench: { type: 'string', default: 'table' },
    variant: { type: 'string', default: 'konan' },
    action: { type: 'string', default: 'scroll' },
    out: { type: 'string' },
  },
});
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}
interface ProfileChunk {
  cpuProfile?: {
    nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}

async function main() {
  const dir = await buildBenchPage({ minify: false });
  const server = await serveStatic(dir);
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let tracing: Promise<Buffer> | null = null;
    await page.exposeFunction('konanBenchPhase', async (phase: string) => {
      if (phase === `${values.action}:start` && !tracing) {
        await browser.startTracing(page, { categories: CATEGORIES });
      } else if (phase === `${values.action}:end` && !tracing) {
        tracing = browser.stopTracing();
        await tracing;
      }
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
    const figures = await page.evaluate(
      ([bench, variant]): Promise<object> => {
        const api = window.konanBench as NonNullable<Window['konanBench']>;
        if (bench === 'log') return api.logViewer(variant as 'konan', 10 * 1024 * 1024);
        if (bench === 'chart') return api.chart(variant as 'konan', 10_000);
        return api.feedbackTable(variant as 'konan', 100_000);
      },
      [values.bench, values.variant] as const,
    );
    console.log(JSON.stringify(figures));
    if (!tracing) throw new Error(`no "${values.action}" action in the ${values.bench} bench`);
    const buffer: Buffer = await tracing;
    if (values.out) {
      await mkdir(values.out, { recursive: true });
      await writeFile(join(values.out, `${values.bench}-${values.variant}.json`), buffer);
    }
    summarize(JSON.parse(buffer.toString()).traceEvents as TraceEvent[]);
  } finally {
    await browser.close();
    await server.close();
  }
}

function summarize(events: TraceEvent[]) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.data === undefined &&
      (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const tid = main?.tid;
  const onMain = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const first = Math.min(...onMain.map((e) => e.ts));
  const last = Math.max(...onMain.map((e) => e.ts + (e.dur ?? 0)));
  console.log(`main thread events over ${((last - first) / 1000).toFixed(1)} ms`);
  const totals = new Map<string, number>();
  for (const e of onMain) {
    if (
      ![
        'FunctionCall',
        'EventDispatch',
        'TimerFire',
        'FireAnimationFrame',
        'RunMicrotasks',
        'UpdateLayoutTree',
        'Layout',
        'Paint',
        'PrePaint',
        'Layerize',
        'MajorGC',
        'MinorGC',
        'V8.GC_MC_BACKGROUND_MARKING',
        'ParseHTML',
        'HitTest',
        'ScrollLayer',
        'UpdateLayer',
        'Commit',
        'v8.compile',
        'v8.run',
        'V8.GCScavenger',
        'V8.GCFinalizeMC',
        'V8.GCIncrementalMarking',
        'BlinkGC.AtomicPhase',
        'ThreadControllerImpl::RunTask',
        'RunTask',
        'v8.callFunction',
        'BlinkGC.CompleteSweep',
        'IntersectionObserverController::computeIntersections',
        'ResizeObserver::BroadcastObservations',
        'UpdateLayerTree',
        'ProfileCall',
      ].includes(e.name)
    )
      continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(48)} ${(us / 1000).toFixed(1).padStart(8)} ms`);
  }
  // Self time per function from the sampled CPU profile chunks.
  const nodes = new Map<number, string>();
  const self = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as ProfileChunk | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const f = node.callFrame;
      nodes.set(
        node.id,
        `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber + 1}`,
      );
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const name = nodes.get(id) ?? String(id);
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
    });
  }
  console.log('self time (sampled):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${name.slice(0, 70).padEnd(70)} ${(us / 1000).toFixed(1).padStart(8)} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
