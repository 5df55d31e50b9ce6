/** How far a drift reading has got, over both windows. */
export interface KonanDriftProgress {
  /** Predictions read so far. */
  read: number;
  /**
   * Predictions it will read: each window's listing `count`, capped at `maxPredictions`; `null`
   * until both windows' first pages have answered.
   */
  total: number | null;
}

export const NO_PROGRESS: KonanDriftProgress = Object.freeze({ read: 0, total: null });

interface Run {
  progress: KonanDriftProgress;
  listeners: Set<() => void>;
  /** Stops the reading in flight, keeping what it has read. */
  stop: AbortController | null;
}

/**
 * The drift readings under way, per client and query hash: the query function reports its
 * progress here and the hooks read it (`useSyncExternalStore`), and `cancel()` reaches the run's
 * stop signal. Kept per client so two providers never see each other's runs.
 */
const runs = new WeakMap<object, Map<string, Run>>();

function runOf(owner: object, hash: string): Run {
  let byHash = runs.get(owner);
  if (!byHash) {
    byHash = new Map();
    runs.set(owner, byHash);
  }
  let run = byHash.get(hash);
  if (!run) {
    run = { progress: NO_PROGRESS, listeners: new Set(), stop: null };
    byHash.set(hash, run);
  }
  return run;
}

export const driftRuns = {
  subscribe(owner: object, hash: string, listener: () => void): () => void {
    const run = runOf(owner, hash);
    run.listeners.add(listener);
    return () => {
      run.listeners.delete(listener);
      if (run.listeners.size === 0 && !run.stop) runs.get(owner)?.delete(hash);
    };
  },
  progress(owner: object, hash: string): KonanDriftProgress {
    return runs.get(owner)?.get(hash)?.progress ?? NO_PROGRESS;
  },
  report(owner: object, hash: string, progress: KonanDriftProgress): void {
    const run = runOf(owner, hash);
    run.progress = progress;
    for (const listener of run.listeners) listener();
  },
  /** A new reading starts: its stop signal. */
  start(owner: object, hash: string): AbortSignal {
    const run = runOf(owner, hash);
    run.stop = new AbortController();
    driftRuns.report(owner, hash, NO_PROGRESS);
    return run.stop.signal;
  },
  finish(owner: object, hash: string): void {
    const run = runs.get(owner)?.get(hash);
    if (run) run.stop = null;
  },
  /** Stops the reading under way, if any; `true` when there was one. */
  stop(owner: object, hash: string): boolean {
    const stop = runs.get(owner)?.get(hash)?.stop;
    if (!stop || stop.signal.aborted) return false;
    stop.abort();
    return true;
  },
};
