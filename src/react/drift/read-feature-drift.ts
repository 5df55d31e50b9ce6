import type { KonanCore } from '../../client/client-interface.js';
import type { KonanPredictionsPage, KonanTimeWindow } from '../../client/data-types.js';
import { KonanAbortError } from '../../client/errors.js';
import { callListPredictions } from '../endpoints.js';
import { driftSteps } from './compute-drift.js';
import type { KonanDriftProgress } from './drift-progress.js';
import { DriftSample } from './drift-sample.js';
import type { KonanDriftOptions, KonanDriftWindow, KonanFeatureDrift } from './drift-types.js';
import { runInSlices } from './run-in-slices.js';

/** Predictions read per window by default: 200 pages of Konan's 100. */
export const KONAN_DRIFT_MAX_PREDICTIONS = 20_000;

/** The two windows compared, and how much of each to read. */
export interface KonanFeatureDriftWindows {
  current: KonanTimeWindow;
  reference: KonanTimeWindow;
  /** Most predictions read per window (the latest ones: the listing is newest first). */
  maxPredictions?: number;
}

/** What was read of one window. */
export interface KonanDriftWindowRead {
  /** Predictions the drift was computed on. */
  read: number;
  /** Predictions the window holds, from the listing's `count`. */
  available: number;
}

export interface KonanFeatureDriftResult {
  /** Every feature and part of the output, most drifted first. */
  features: KonanFeatureDrift[];
  current: KonanDriftWindowRead;
  reference: KonanDriftWindowRead;
  /**
   * Why fewer predictions were read than the windows hold: `limit` (more than `maxPredictions`),
   * `cancelled` (stopped by `cancel()`), or `null` when every prediction was read.
   */
  stoppedShort: 'limit' | 'cancelled' | null;
}

export interface ReadFeatureDriftOptions extends KonanDriftOptions {
  /** Aborts everything: the requests in flight and the computation. */
  signal?: AbortSignal;
  /** Stops reading but keeps what was read: the drift is computed on it. */
  stop?: AbortSignal;
  onProgress?: (progress: KonanDriftProgress) => void;
}

/**
 * Reads both windows' predictions page by page (the two windows side by side), at most
 * `maxPredictions` of each, then computes the drift in slices that yield to the page. Each page's
 * values are taken out as it arrives, so only numbers and labels are held, not the predictions.
 */
export async function readFeatureDrift(
  client: KonanCore,
  deploymentUuid: string,
  windows: KonanFeatureDriftWindows,
  options: ReadFeatureDriftOptions = {},
): Promise<KonanFeatureDriftResult> {
  const max = windows.maxPredictions ?? KONAN_DRIFT_MAX_PREDICTIONS;
  const { signal, stop, onProgress } = options;
  const sample = new DriftSample();
  const requests = new AbortController();
  const abortRequests = () => requests.abort();
  signal?.addEventListener('abort', abortRequests, { once: true });
  stop?.addEventListener('abort', abortRequests, { once: true });
  const available: Record<KonanDriftWindow, number | null> = { current: null, reference: null };
  const report = () => {
    const { current, reference } = available;
    onProgress?.({
      read: sample.totals.current + sample.totals.reference,
      total:
        current === null || reference === null
          ? null
          : Math.min(current, max) + Math.min(reference, max),
    });
  };

  async function readWindow(window: KonanDriftWindow): Promise<boolean> {
    let page: KonanPredictionsPage | null = null;
    while (sample.totals[window] < max && (page === null || page.next)) {
      const pageUrl: string | undefined = page?.next ?? undefined;
      page = await callListPredictions(client, deploymentUuid, windows[window], {
        signal: requests.signal,
        ...(pageUrl !== undefined && { pageUrl }),
      });
      if (available[window] === null) available[window] = page.count;
      sample.add(window, page.predictions.slice(0, max - sample.totals[window]));
      report();
    }
    return page?.next != null;
  }

  let stoppedShort: KonanFeatureDriftResult['stoppedShort'] = null;
  try {
    const more = await Promise.all([readWindow('current'), readWindow('reference')]);
    if (more.some(Boolean)) stoppedShort = 'limit';
  } catch (error) {
    // One window failing ends the other's reading too.
    requests.abort();
    const stopped = stop?.aborted && !signal?.aborted && error instanceof KonanAbortError;
    if (!stopped) throw error;
    stoppedShort = 'cancelled';
  } finally {
    signal?.removeEventListener('abort', abortRequests);
    stop?.removeEventListener('abort', abortRequests);
  }
  const features = await runInSlices(driftSteps(sample, options), { signal });
  return {
    features,
    current: { read: sample.totals.current, available: available.current ?? 0 },
    reference: { read: sample.totals.reference, available: available.reference ?? 0 },
    stoppedShort,
  };
}
