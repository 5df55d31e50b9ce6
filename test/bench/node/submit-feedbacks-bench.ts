import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import { createKonanClient } from '../../../src/client';
import { createKonanEmulator, serveKonanEmulator } from '../../../src/emulator';
import type { BenchSection } from '../figures';
import type { ChildMessage, ParentMessage, SubmitFigures } from './submit-protocol';

export const FEEDBACK_ITEMS = 100_000;
const CHILD_LIMIT_MS = 180_000;
const FEEDBACK_PATH = /\/predictions\/feedback\/$/;

export interface SubmitCase extends SubmitFigures {
  requests: number;
  feedbackRequests: number;
  existing: number;
}

async function existingPredictions(url: string, deployment: string): Promise<string[]> {
  const client = createKonanClient({ authUrl: url, apiUrl: url });
  await client.login({ email: 'demo@konan.ai', password: 'konan-demo' });
  const end = new Date();
  const start = new Date(end.getTime() - 31 * 86_400_000);
  const uuids: string[] = [];
  for await (const page of client.predictions(deployment, { start, end })) {
    for (const prediction of page.predictions) uuids.push(prediction.uuid);
  }
  return uuids;
}

function talk(child: ChildProcess, message: ParentMessage): void {
  child.send(message);
}

/**
 * One case: a fresh emulator served on loopback, the client in a child process. Requests are
 * counted from "go" (after the child's login) to the end of the submission.
 */
export async function runSubmitCase(concurrency: number | undefined): Promise<SubmitCase> {
  const emulator = createKonanEmulator();
  const server = await serveKonanEmulator(emulator, { port: 0 });
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const deployment = emulator.demo.classifier;
    const existing = await existingPredictions(server.url, deployment);
    const spawned = fork(resolve(import.meta.dirname, 'submit-feedbacks-child.ts'), [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = spawned;
    const figures = await new Promise<SubmitFigures>((done, fail) => {
      timer = setTimeout(
        () => fail(new Error(`feedback submission: no result within ${CHILD_LIMIT_MS} ms`)),
        CHILD_LIMIT_MS,
      );
      spawned.on('error', fail);
      spawned.on('exit', (code) => fail(new Error(`feedback child exited early (code ${code})`)));
      spawned.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') {
          emulator.clearRequests();
          talk(spawned, { type: 'go' });
        } else if (message.type === 'done') done(message);
        else fail(new Error(`feedback child: ${message.message}`));
      });
      talk(spawned, {
        type: 'start',
        url: server.url,
        deployment,
        existing,
        total: FEEDBACK_ITEMS,
        concurrency,
      });
    });
    return {
      ...figures,
      requests: emulator.countRequests(),
      feedbackRequests: emulator.countRequests({ method: 'POST', path: FEEDBACK_PATH }),
      existing: existing.length,
    };
  } finally {
    clearTimeout(timer);
    if (child && child.exitCode === null) child.kill();
    await server.close();
  }
}

export function accountedFor(run: SubmitCase): boolean {
  return (
    run.accepted + run.rejected + run.notSent === FEEDBACK_ITEMS && run.total === FEEDBACK_ITEMS
  );
}

export function submitSection(konan: SubmitCase[], baseline: SubmitCase[]): BenchSection {
  const bench = `3. submitFeedbacks, ${FEEDBACK_ITEMS.toLocaleString('en-US')} items over loopback HTTP`;
  const med = (runs: SubmitCase[], pick: (run: SubmitCase) => number) => {
    const values = runs.map(pick).sort((a, b) => a - b);
    return values.length ? (values[Math.floor((values.length - 1) / 2)] as number) : null;
  };
  const unaccounted = (run: SubmitCase) =>
    FEEDBACK_ITEMS - (run.accepted + run.rejected + run.notSent);
  const figure = (
    id: string,
    metric: string,
    unit: 'ms' | 'requests' | 'MB' | 'items',
    pick: (run: SubmitCase) => number,
    target?: { max: number } | { equals: number },
  ) => ({
    id: `submitFeedbacks.${id}`,
    bench,
    metric,
    unit,
    value: med(konan, pick),
    baseline: med(baseline, pick),
    ...(target && { target }),
    samples: konan.map(pick),
    baselineSamples: baseline.map(pick),
  });
  return {
    bench,
    baseline:
      'the same client call with concurrency 1 (one 500-item chunk at a time, in sequence); konan-react runs its defaults (500-item chunks, concurrency 2).',
    figures: [
      figure('wallMs', 'wall time', 'ms', (r) => r.wallMs),
      figure('requests', 'requests', 'requests', (r) => r.requests, { max: 200 }),
      figure('peakHeapMb', 'peak heap (client process)', 'MB', (r) => r.peakHeapMb),
      figure('unaccounted', 'items unaccounted for', 'items', unaccounted, { equals: 0 }),
    ],
  };
}
