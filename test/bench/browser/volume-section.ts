import { type BenchSection, figureMaker } from '../figures';
import { type BenchPages, runBench } from './fresh-page';

export const VOLUME_PREDICTIONS = 20_000;
const BASELINE =
  'every page of the window read in turn (client.predictions, pages of 100) and each prediction counted in its UTC hour by created_at, with exact coverage, in a useEffect. Both read an in-page listing that answers as the emulator does; usePredictionVolume sends one count request per hour and estimates coverage from 4 sampled pages per hour.';

/**
 * 6. Prediction volume: `usePredictionVolume` over the last 24 hours, a window holding 20,000
 * predictions with 10 features, against reading every page and counting by `created_at`.
 */
export async function volumeSection(pages: BenchPages): Promise<BenchSection> {
  const total = VOLUME_PREDICTIONS;
  const runs = await runBench(pages, 'volume', total, ['konan', 'pages'], 'prediction volume');
  const miscounted = [...runs.konan, ...runs.pages].find((run) => run.counted !== total);
  if (miscounted) throw new Error(`prediction volume: counted ${miscounted.counted}, not ${total}`);
  const bench = `6. Prediction volume, ${total.toLocaleString('en-US')} predictions in 24 hours, 10 features (Chromium)`;
  const figure = figureMaker(bench, 'volume', runs, { value: 'konan', baseline: 'pages' });
  const figures = [
    figure('wallMs', 'wall time, mount to every hour counted with coverage', 'ms'),
    figure('longestTaskMs', 'longest main-thread task', 'ms'),
    figure('requests', 'requests', 'requests'),
  ];
  return { bench, baseline: BASELINE, figures, runs };
}
