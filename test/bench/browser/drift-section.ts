import type { Browser } from 'playwright-core';
import { type BenchSection, type Figure, median } from '../figures';
import type { DriftFigures, DriftVariant } from '../page/bench-api';

export const DRIFT_PREDICTIONS = 20_000;

/**
 * 5. Feature drift: 20,000 predictions (10,000 per window) with 10 features and an object output,
 * as `useFeatureDrift` takes them in (pages of 100, then bins and PSI in slices), against the
 * same computation in one task. Each run in a fresh page.
 */
export async function driftSection(
  browser: Browser,
  url: string,
  reps: number,
  progress: (message: string) => void,
): Promise<BenchSection> {
  const runs: Record<DriftVariant, DriftFigures[]> = { konan: [], sync: [] };
  for (let i = 0; i < reps; i++) {
    for (const variant of ['konan', 'sync'] as const) {
      progress(`feature drift: ${variant} ${i + 1}/${reps}`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(url, { timeout: 30_000 });
        await page.waitForFunction(() => document.body.dataset.benchReady === 'true');
        runs[variant].push(
          await page.evaluate(
            ([v, n]) => (window.konanBench as NonNullable<Window['konanBench']>).drift(v, n),
            [variant, DRIFT_PREDICTIONS] as const,
          ),
        );
      } finally {
        await context.close();
      }
    }
  }
  const features = runs.konan[0]?.features ?? 0;
  const bench = `5. Feature drift, ${DRIFT_PREDICTIONS.toLocaleString('en-US')} predictions, 10 features (${features} with the output; Chromium)`;
  const pick = (variant: DriftVariant, key: keyof DriftFigures) => runs[variant].map((r) => r[key]);
  const figure = (
    key: 'wallMs' | 'longestTaskMs',
    metric: string,
    target?: Figure['target'],
  ): Figure => ({
    id: `drift.${key}`,
    bench,
    metric,
    unit: 'ms',
    value: median(pick('konan', key)),
    baseline: median(pick('sync', key)),
    ...(target && { target }),
    samples: pick('konan', key),
    baselineSamples: pick('sync', key),
  });
  return {
    bench,
    baseline:
      'the same pages taken in and the same bins and PSI computed in one task (no yielding). The longest task is what the long-task observer reports (tasks over 50 ms; 0 when there was none).',
    figures: [
      figure('wallMs', 'wall time, pages taken in to drift computed'),
      figure('longestTaskMs', 'longest main-thread task', { max: 50 }),
    ],
    runs,
  };
}
