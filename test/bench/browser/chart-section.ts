import { type BenchSection, figureMaker } from '../figures';
import { type BenchPages, runBench } from './fresh-page';

export const CHART_POINTS = 10_000;
const BASELINE =
  'the same F1 values as one SVG <polyline> in a div whose width comes from the same useContainerWidth hook: no axes, dots, tooltip, summary or table.';

/**
 * 7. A chart of 10,000 points: `MetricTrendChart` (the view, fed the points) against the same
 * values as one hand-drawn `<polyline>`: first render, then a narrower container.
 */
export async function chartSection(pages: BenchPages): Promise<BenchSection> {
  const runs = await runBench(pages, 'chart', CHART_POINTS, ['konan', 'polyline'], 'chart');
  const bench = `7. MetricTrendChart, ${CHART_POINTS.toLocaleString('en-US')} points (Chromium)`;
  const figure = figureMaker(bench, 'chart', runs, { value: 'konan', baseline: 'polyline' });
  const figures = [
    figure('warmRenderMs', 'first render (page already in use)', 'ms'),
    figure('firstRenderMs', 'first render, fresh page (information)', 'ms'),
    figure('resizeMs', 'container 1,000 → 640 px: line redrawn', 'ms'),
    figure('drawnElements', 'SVG elements', 'items'),
  ];
  return { bench, baseline: BASELINE, figures, runs };
}
