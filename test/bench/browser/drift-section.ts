import { type BenchSection, figureMaker } from '../figures';
import { type BenchPages, runBench } from './fresh-page';

export const DRIFT_PREDICTIONS = 20_000;
const BASELINE =
  'the same pages taken in and the same bins and PSI computed in one task (no yielding). The longest task is what the long-task observer reports (tasks over 50 ms; 0 when there was none).';

/**
 * 5. Feature drift: 20,000 predictions (10,000 per window) with 10 features and an object output,
 * as `useFeatureDrift` takes them in (pages of 100, then bins and PSI in slices), against the
 * same computation in one task. Each run in a fresh page.
 */
export async function driftSection(pages: BenchPages): Promise<BenchSection> {
  const runs = await runBench(
    pages,
    'drift',
    DRIFT_PREDICTIONS,
    ['konan', 'sync'],
    'feature drift',
  );
  const features = runs.konan[0]?.features ?? 0;
  const bench = `5. Feature drift, ${DRIFT_PREDICTIONS.toLocaleString('en-US')} predictions, 10 features (${features} with the output; Chromium)`;
  const figure = figureMaker(bench, 'drift', runs, { value: 'konan', baseline: 'sync' });
  const figures = [
    figure('wallMs', 'wall time, pages taken in to drift computed', 'ms'),
    figure('longestTaskMs', 'longest main-thread task', 'ms', { max: 50 }),
  ];
  return { bench, baseline: BASELINE, figures, runs };
}
