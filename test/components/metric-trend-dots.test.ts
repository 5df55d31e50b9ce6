import { describe, expect, it } from 'vitest';
import {
  dotIndexes,
  isolatedIndexes,
  valueRange,
} from '../../src/components/metric-trend-chart/trend-values';
import { spacedTickIndexes, spacedTicks } from '../../src/components/shared/chart/time-axis';

describe('dotIndexes: which points of a trend get a dot', () => {
  it('gives every defined point a dot when there is room for them', () => {
    expect(dotIndexes([0.8, null, 0.7, 0.6], 600, null)).toEqual([0, 2, 3]);
  });

  it('on a dense line, draws only the points the line cannot show and the active one', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 5_001 ? null : 0.5));
    values[5_003] = null; // 5,002 now stands alone between two gaps
    expect(dotIndexes(values, 800, null)).toEqual([5_002]);
    expect(dotIndexes(values, 800, 42)).toEqual([42, 5_002]);
  });

  it('draws no dot for a gap, even when it is the active point', () => {
    expect(dotIndexes([null, 0.4, null], 600, 0)).toEqual([1]);
  });
});

describe('a trend computes once per series what does not depend on the width', () => {
  it('isolatedIndexes finds the points with a gap on both sides', () => {
    expect(isolatedIndexes([0.5, null, 0.4, null, 0.3, 0.2])).toEqual([0, 2]);
  });

  // The rule before the isolated points were precomputed: walk every point on every width.
  const walkEveryPoint = (values: (number | null)[], width: number, active: number | null) => {
    const defined = (i: number) => i >= 0 && i < values.length && values[i] !== null;
    const sparse = values.length * 6 <= width;
    return values.flatMap((_, i) =>
      defined(i) && (sparse || i === active || (!defined(i - 1) && !defined(i + 1))) ? [i] : [],
    );
  };

  it('dotIndexes with precomputed isolated points gives the dots of walking every point', () => {
    const values = Array.from({ length: 2_000 }, (_, i) => (i % 7 === 3 ? null : 0.5));
    values[10] = null; // 11 now stands between two gaps
    values[12] = null;
    const isolated = isolatedIndexes(values);
    for (const active of [null, 0, 11, 500, 501, 1_999]) {
      for (const width of [800, 30_000]) {
        expect(dotIndexes(values, width, active, isolated)).toEqual(
          walkEveryPoint(values, width, active),
        );
      }
    }
    expect(dotIndexes(values, 800, 501, isolated)).toContain(501);
  });

  it('valueRange keeps 0 inside and skips gaps', () => {
    expect(valueRange([0.4, null, 0.9])).toEqual({ low: 0, high: 0.9 });
    expect(valueRange([-2, null, 3])).toEqual({ low: -2, high: 3 });
    expect(valueRange([])).toEqual({ low: 0, high: 0 });
  });

  it('spacedTickIndexes picks what spacedTicks picks', () => {
    const times = Array.from({ length: 10_000 }, (_, i) => new Date(i * 3_600_000));
    for (const width of [0, 90, 640, 1_000]) {
      const picked = spacedTickIndexes(times.length, width).map((i) => times[i]);
      expect(picked).toEqual(
        times.filter((_, i) => i % Math.ceil(10_000 / Math.max(1, Math.floor(width / 90))) === 0),
      );
      expect(spacedTicks(times, width)).toEqual(picked);
    }
  });
});
