import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  numericValue,
  residualHistogram,
  residualSummary,
  residualsOf,
} from '../../src/components/metrics-panel/residuals';

describe('residualsOf', () => {
  it('takes target − output where both are numeric, and skips the rest', () => {
    expect(
      residualsOf([
        { uuid: 'a', output: { value: 300_000 }, feedback: { value: 320_000 } },
        { uuid: 'b', output: { value: 250_000 }, feedback: '240000' },
        { uuid: 'c', output: { value: 100_000 } },
        { uuid: 'd', output: { label: 'approved' }, feedback: { label: 'rejected' } },
      ]),
    ).toEqual([20_000, -10_000]);
    expect(numericValue({ value: 'x' })).toBeNull();
  });
});

describe('residualHistogram', () => {
  it('bins with round edges, hand-checked', () => {
    // Span 35 over ~4 bins: step 10, from -10.
    expect(residualHistogram([-7, -2, 3, 4, 28], 4)).toEqual([
      { from: -10, to: 0, count: 2 },
      { from: 0, to: 10, count: 2 },
      { from: 10, to: 20, count: 0 },
      { from: 20, to: 30, count: 1 },
    ]);
    expect(residualHistogram([])).toEqual([]);
    expect(residualHistogram([5, 5])).toEqual([{ from: 5, to: 5, count: 2 }]);
  });

  it('puts a value just below an edge in the bin below it (found by the property below)', () => {
    const bins = residualHistogram([-5e-324, 16.000000000000004, 0]);
    const holder = bins.find((b) => b.count > 0 && b.from <= -5e-324 && -5e-324 < b.to);
    expect(holder?.from).toBe(-2);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(3);
  });

  it('counts every residual exactly once, each in the bin that holds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const bins = residualHistogram(values);
          expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
          const first = bins[0];
          const last = bins[bins.length - 1];
          if (!first || !last) return;
          expect(first.from).toBeLessThanOrEqual(Math.min(...values));
          expect(last.to).toBeGreaterThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});

describe('residualSummary', () => {
  it('gives the median error and the bound 80 % of errors stay within', () => {
    // Sizes 1..10: the 80 % quantile is 8.2 (linear between the 8th and 9th).
    const residuals = [-1, 2, -3, 4, -5, 6, -7, 8, -9, 10];
    expect(residualSummary(residuals)).toEqual({ median: 0.5, within: 8.2, share: 0.8 });
    expect(residualSummary([-1200])).toEqual({ median: -1200, within: 1200, share: 0.8 });
    expect(residualSummary([])).toBeNull();
  });
});
