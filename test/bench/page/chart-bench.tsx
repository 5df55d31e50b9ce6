import {
  MetricTrendChart,
  type MetricTrendPoint,
} from '../../../src/components/metric-trend-chart';
import { useContainerWidth } from '../../../src/components/shared/chart/use-container-width';
import { createPrng } from '../data/prng';
import type { ChartFigures, ChartVariant } from './bench-api';
import { mountTimed, timeAction, unmount } from './mount-timed';

const HEIGHT = 220;
const WIDTH = 1000;
const RESIZED = 640;
const HOUR_MS = 3_600_000;
const LIMIT_MS = 60_000;

/** `count` hourly buckets, oldest first, with a wandering F1 score and its precision and recall. */
function trendPoints(count: number): MetricTrendPoint[] {
  const random = createPrng(3);
  const first = Date.UTC(2026, 0, 1);
  let f1 = 0.8;
  return Array.from({ length: count }, (_, i) => {
    f1 = Math.min(0.99, Math.max(0.5, f1 + (random() - 0.5) * 0.02));
    return {
      start: new Date(first + i * HOUR_MS),
      end: new Date(first + (i + 1) * HOUR_MS),
      status: 'success',
      metrics: { precision: f1 + 0.01, recall: f1 - 0.01, f1_score: f1 },
    };
  });
}

/** The baseline: the same F1 values as one `<polyline>` across the container's width. */
function PlainLine({ values }: { values: readonly number[] }) {
  const container = useContainerWidth<HTMLDivElement>();
  const step = container.width / Math.max(1, values.length - 1);
  const points = values.map((v, i) => `${i * step},${HEIGHT - v * HEIGHT}`).join(' ');
  return (
    <div ref={container.ref}>
      <svg width={container.width} height={HEIGHT} aria-hidden="true">
        <polyline points={points} fill="none" stroke="currentColor" />
      </svg>
    </div>
  );
}

/** What each variant draws its line with, and the attribute that holds the line's geometry. */
const LINE: Record<ChartVariant, [selector: string, attribute: string]> = {
  konan: ['.konan-chart-line', 'd'],
  polyline: ['polyline', 'points'],
};

/**
 * A trend of `count` points: first render (to the paint that shows the line), then the container
 * narrowed from 1,000 to 640 px (to the paint of the line redrawn at the new width); then the
 * same chart mounted again in that page.
 */
export async function chartBench(variant: ChartVariant, count: number): Promise<ChartFigures> {
  const points = trendPoints(count);
  const [selector, attribute] = LINE[variant];
  const geometry = (host: HTMLElement) => host.querySelector(selector)?.getAttribute(attribute);
  const mount = (action: string) =>
    mountTimed(
      action,
      variant === 'konan' ? (
        <MetricTrendChart points={points} bucket="hour" height={HEIGHT} />
      ) : (
        <PlainLine values={points.map((p) => p.metrics?.f1_score ?? 0)} />
      ),
      (host) => Boolean(geometry(host)),
      LIMIT_MS,
      WIDTH,
    );
  const mounted = await mount('first-render');
  const before = geometry(mounted.host);
  const resizeMs = await timeAction(
    'resize',
    mounted.host,
    () => {
      mounted.host.style.width = `${RESIZED}px`;
    },
    () => geometry(mounted.host) !== before,
    LIMIT_MS,
  );
  const drawnElements = mounted.host.querySelectorAll('svg *').length;
  unmount(mounted);
  const again = await mount('warm-render');
  unmount(again);
  return { firstRenderMs: mounted.ms, warmRenderMs: again.ms, resizeMs, drawnElements };
}
