import { createKonanClient } from '../../../src/client';
import type { KonanFeedbackSubmission } from '../../../src/client/data-types';
import { createPrng, prngUuid } from '../data/prng';
import type { ChildMessage, ParentMessage, SubmitStart } from './submit-protocol';

/**
 * The client side of the feedback bench, alone in its process so its heap is measured without
 * the emulator's. Logs in, waits for "go", submits, reports.
 */
const send = (message: ChildMessage) => process.send?.(message);
const mb = (bytes: number) => bytes / 1024 / 1024;

function buildItems(start: SubmitStart): KonanFeedbackSubmission[] {
  const next = createPrng(3);
  const every = Math.max(1, Math.floor(start.total / Math.max(1, start.existing.length)));
  const items: KonanFeedbackSubmission[] = [];
  let known = 0;
  for (let i = 0; i < start.total; i++) {
    const useKnown = i % every === 0 && known < start.existing.length;
    const predictionUuid = useKnown ? (start.existing[known++] as string) : prngUuid(next);
    items.push({ predictionUuid, target: { label: next() < 0.5 ? 'approved' : 'rejected' } });
  }
  return items;
}

let started: SubmitStart | undefined;
let items: KonanFeedbackSubmission[] = [];
const client = { current: undefined as ReturnType<typeof createKonanClient> | undefined };

async function prepare(start: SubmitStart): Promise<void> {
  started = start;
  items = buildItems(start);
  client.current = createKonanClient({ authUrl: start.url, apiUrl: start.url });
  await client.current.login({ email: 'demo@konan.ai', password: 'konan-demo' });
  globalThis.gc?.();
  send({ type: 'ready' });
}

async function submit(): Promise<void> {
  const start = started as SubmitStart;
  const konan = client.current as ReturnType<typeof createKonanClient>;
  const startHeap = process.memoryUsage().heapUsed;
  let peak = startHeap;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, 5);
  const begin = performance.now();
  const result = await konan.submitFeedbacks(
    start.deployment,
    items,
    start.concurrency === undefined ? {} : { concurrency: start.concurrency },
  );
  const wallMs = performance.now() - begin;
  sample();
  clearInterval(sampler);
  send({
    type: 'done',
    wallMs,
    accepted: result.accepted,
    rejected: result.rejected,
    notSent: result.notSent.length,
    total: result.total,
    peakHeapMb: mb(peak),
    startHeapMb: mb(startHeap),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  });
}

process.on('message', (message: ParentMessage) => {
  const work = message.type === 'start' ? prepare(message) : submit();
  work.then(
    () => {
      if (message.type === 'go') process.disconnect();
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      process.disconnect();
    },
  );
});
