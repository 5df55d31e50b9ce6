import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  MetricTrendChart,
  type MetricTrendPoint,
} from '../../src/components/metric-trend-chart/metric-trend-chart';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2);

function day(i: number, f1: number | null, status: MetricTrendPoint['status'] = 'success') {
  return {
    start: new Date(start + i * DAY),
    end: new Date(start + (i + 1) * DAY),
    status,
    metrics: f1 === null ? null : { f1_score: f1 },
  } satisfies MetricTrendPoint;
}

/** The one-sentence summary a screen reader and the figure's caption give. */
const summaryOf = (points: MetricTrendPoint[]) =>
  renderToString(<MetricTrendChart points={points} bucket="day" />)
    .replace(/<!-- -->/g, '')
    .match(/F1 score per day, [^<]*/)?.[0];

describe('MetricTrendChart summary', () => {
  it('names the first, last, lowest and highest values, where they fall, and the gaps', () => {
    const points = [day(0, null), day(1, 0.8), day(2, null), day(3, 0.6), day(4, 0.9), day(5, 0.6)];
    expect(summaryOf(points)).toBe(
      'F1 score per day, Nov 2 to Nov 7: 80% at the start, 60% at the end; lowest 60% (Nov 5), highest 90% (Nov 6). 2 days with nothing to evaluate.',
    );
  });

  it('counts a failed day as failed, not as a day with nothing to evaluate', () => {
    const points = [day(0, 0.7), day(1, null, 'error'), day(2, 0.75)];
    expect(summaryOf(points)).toBe(
      'F1 score per day, Nov 2 to Nov 4: 70% at the start, 75% at the end; lowest 70% (Nov 2), highest 75% (Nov 4).',
    );
  });
});
