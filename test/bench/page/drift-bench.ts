import type { KonanPrediction } from '../../../src/client/data-types';
import { computeDrift, driftSteps } from '../../../src/react/drift/compute-drift';
import { DriftSample } from '../../../src/react/drift/drift-sample';
import type { KonanDriftWindow } from '../../../src/react/drift/drift-types';
import { runInSlices, yieldToPage } from '../../../src/react/drift/run-in-slices';
import { createPrng } from '../data/prng';
import type { DriftFigures, DriftVariant } from './bench-api';

const PAGE = 100;
const CITIES = ['Cairo', 'Riyadh', 'Dubai', 'Amman', 'Doha', 'Tunis', 'Rabat', 'Beirut'];
const PLANS = ['free', 'basic', 'pro', 'team', 'enterprise'];

/** `count` predictions with 10 features (6 numeric, 4 categorical) and an object output. */
function predictions(count: number, seed: number, shifted: boolean): KonanPrediction[] {
  const random = createPrng(seed);
  return Array.from({ length: count }, (_, i) => {
    const income = 20_000 + random() * 90_000 + (shifted ? 15_000 : 0);
    return {
      uuid: `${seed}-${i}`,
      features: {
        income: Math.round(income),
        age: 18 + Math.floor(random() * 60),
        credit_score: Math.round(300 + random() * 550),
        loan_amount: Math.round(income * random() * 0.6),
        tenure_months: Math.floor(random() * 240),
        balance: Math.round(random() * 1e5) / 100,
        city: CITIES[Math.floor(random() * CITIES.length)] ?? 'Cairo',
        plan: PLANS[Math.floor(random() * (shifted ? 3 : PLANS.length))] ?? 'free',
        channel: random() < 0.5 ? 'web' : 'mobile',
        has_card: random() < 0.7,
      },
      output: { label: random() < 0.5 ? 'approved' : 'rejected', probability: random() },
    };
  });
}

/**
 * Drift of `total` predictions (half per window) with 10 features. `konan`: the way
 * `useFeatureDrift` works, each page of 100 taken in as it arrives (a turn of the event loop
 * between pages stands for the network), then the bins and PSI in slices that yield to the page.
 * `sync`: the same computation on the same pages in one task.
 */
export async function driftBench(variant: DriftVariant, total: number): Promise<DriftFigures> {
  const windows: Record<KonanDriftWindow, KonanPrediction[]> = {
    current: predictions(total / 2, 7, true),
    reference: predictions(total / 2, 11, false),
  };
  // Generating the data is a long task of its own: let it end before observing.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await new Promise((resolve) => setTimeout(resolve, 50));
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
  // Long-task entries are delivered after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return {
    wallMs,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    features,
  };
}
