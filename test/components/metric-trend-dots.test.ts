import { describe, expect, it } from 'vitest';
import { dotIndexes } from '../../src/components/metric-trend-chart/trend-values';

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
