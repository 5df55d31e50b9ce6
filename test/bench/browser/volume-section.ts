import type { Browser } from 'playwright-core';
import { type BenchSection, figureMaker } from '../figures';
import { type Progress, type Reps, runBench } from './fresh-page';

export const VOLUME_PREDICTIONS = 20_000;

/**
 * 6. Prediction volume: `usePredictionVolume` over the last 24 hours, a window holding 20,000
 * predictions with 10 features, against reading every page and counting by `created_at`.
 */
export async function volumeSection(
  browser: Browser,
  url: string,
  reps: Reps,
  progress: Progress,
): Promise<BenchSection> {
  const variants = ['konan', 'pages'] as const;
  const runs = await runBench(
    browser,
    url,
    'volume',
    VOLUME_PREDICTIONS,
    variants,
    reps,
    progress,
    'prediction volume',
  );
  for (const run of [...runs.konan, ...runs.pages]) {
    if (run.counted !== VOLUME_PREDICTIONS) {
      throw new Error(`prediction volume: counted ${run.counted}, not ${VOLUME_PREDICTIONS}`);
    }
  }
  const bench = `6. Prediction volume, ${VOLUME_PREDICTIONS.toLocaleString('en-US')} predictions in 24 hours, 10 features (Chromium)`;
  const figure = figureMaker(bench, 'volume', runs, { value: 'konan', baseline: 'pages' });
  return {
    bench,
    baseline:
      'every page of the window read in turn (client.predictions, pages of 100) and each prediction counted in its UTC hour by created_at, with exact coverage, in a useEffect. Both read an in-page listing that answers as the emulator does; usePredictionVolume sends one count request per hour and estimates coverage from 4 sampled pages per hour.',
    figures: [
      figure('wallMs', 'wall time, mount to every hour counted with coverage', 'ms'),
      figure('longestTaskMs', 'longest main-thread task', 'ms'),
      figure('requests', 'requests', 'requests'),
    ],
    runs,
  };
}
