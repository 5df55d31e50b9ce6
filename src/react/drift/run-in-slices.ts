import { throwIfAborted } from '../../client/abort.js';

/** Work done in one task before giving the page a turn: far under the 50 ms of a long task. */
export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Lets the page handle input and paint before going on: `scheduler.yield()` where the browser has
 * it (the continuation keeps its priority), else a message round trip, which unlike
 * `setTimeout(0)` is not clamped to 4 ms after a few nested calls.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to its end in slices of about `sliceMs`, yielding to the page between slices, so
 * no task it runs in blocks the page for long. An abort of `signal` stops it between two slices
 * with `KonanAbortError`.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  options: { signal?: AbortSignal | undefined; sliceMs?: number } = {},
): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  for (;;) {
    throwIfAborted(options.signal);
    const start = performance.now();
    do {
      const step = steps.next();
      if (step.done) return step.value;
    } while (performance.now() - start < sliceMs);
    await yieldToPage();
  }
}
