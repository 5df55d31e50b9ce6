import type { KonanPrediction } from '../../../src/client/data-types';
import { computeDrift, driftSteps } from '../../../src/react/drift/compute-drift';
import { DriftSample } from '../../../src/react/drift/drift-sample';
import type { KonanDriftWindow } from '../../../src/react/drift/drift-types';
import { runInSlices, yieldToPage } from '../../../src/react/drift/run-in-slices';
import { widePredictions } from '../data/wide-predictions';
import type { DriftFigures, DriftVariant } from './bench-api';
import { watchLongTasks } from './settle';

const PAGE = 100;

/**
 * Drift of `total` predictions (half per window) with 10 features. `konan`: the way
 * `useFeatureDrift` works, each page of 100 taken in as it arrives (a turn of the event loop
 * between pages stands for the network), then the bins and PSI in slices that yield to the page.
 * `sync`: the same computation on the same pages in one task.
 */
export async function driftBench(variant: DriftVariant, total: number): Promise<DriftFigures> {
  const windows: Record<KonanDriftWindow, KonanPrediction[]> = {
    current: widePredictions(total / 2, 7, { shifted: true }),
    reference: widePredictions(total / 2, 11),
  };
  const longTasks = await watchLongTasks();
  const start = performance.now();
  const sample = new DriftSample();
  let features: number;
  if (variant === 'konan') {
    for (const window of ['current', 'reference'] as const) {
      for (let at = 0; at < windows[window].length; at += PAGE) {
        sample.add(window, windows[window].slice(at, at + PAGE));
        await yieldToPage();
      }
    }
    features = (await runInSlices(driftSteps(sample))).length;
  } else {
    for (const window of ['current', 'reference'] as const) {
      for (let at = 0; at < windows[window].length; at += PAGE) {
        sample.add(window, windows[window].slice(at, at + PAGE));
      }
    }
    features = computeDrift(sample).length;
  }
  const wallMs = performance.now() - start;
  return {
    wallMs,
    ...(await longTasks.stop()),
    features,
  };
}
