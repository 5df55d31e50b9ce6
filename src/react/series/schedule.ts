/** Runs a task when a slot is free; rejects with the signal's reason if aborted while waiting. */
export type KonanScheduler = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

/**
 * At most `concurrency` tasks at a time, the rest queued in order: a series of many buckets
 * (720 hours in 30 days) does not fire all its requests at once. A task whose query is cancelled
 * before its turn leaves the queue without running.
 */
export function createScheduler(concurrency: number): KonanScheduler {
  const limit = Math.max(1, Math.floor(concurrency));
  let running = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    if (running >= limit) return;
    const start = queue.shift();
    if (start) start();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener('abort', onAbort);
        running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            next();
          });
      };
      const onAbort = () => {
        const index = queue.indexOf(start);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(start);
      next();
    });
}
