/** Runs at most `limit` tasks at a time; the others wait their turn, in call order. */
export interface ConcurrencyLimit {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createConcurrencyLimit(limit: number): ConcurrencyLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (running < limit) {
        running++;
        resolve();
        return;
      }
      const turn = () => {
        signal?.removeEventListener('abort', abort);
        running++;
        resolve();
      };
      // A query cancelled while it waits leaves the queue without taking a slot.
      const abort = () => {
        const index = waiting.indexOf(turn);
        if (index >= 0) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      waiting.push(turn);
    });
  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
