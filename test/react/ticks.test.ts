import * as d3 from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binIndex } from '../../src/react/drift/numeric-bins';
import { nice, ticks } from '../../src/react/series/ticks';

// Spans from tiny to huge, either way round, and the tick counts the charts and bins ask for.
const bound = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
);
const count = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.double({ min: 0, max: 20, noNaN: true }),
);

/** The result, or the kind of error thrown (spans of subnormal numbers overflow an array in both). */
const outcome = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
};

describe('ticks and nice: d3-array’s, without d3-array', () => {
  it('ticks gives exactly what d3-array’s ticks gives', () => {
    fc.assert(
      fc.property(bound, bound, count, (start, stop, n) => {
        expect(outcome(() => ticks(start, stop, n))).toEqual(
          outcome(() => d3.ticks(start, stop, n)),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('nice gives exactly what d3-array’s nice gives', () => {
    fc.assert(
      fc.property(bound, bound, count, (a, b, n) => {
        const [start, stop] = a <= b ? [a, b] : [b, a];
        expect(outcome(() => nice(start, stop, n))).toEqual(outcome(() => d3.nice(start, stop, n)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives round values for an axis from 0 to 87', () => {
    expect(nice(0, 87, 10)).toEqual([0, 90]);
    expect(ticks(0, 90, 5)).toEqual([0, 20, 40, 60, 80]);
    expect(ticks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('binIndex: the bin a value falls in', () => {
  it('is d3’s bisectRight less one, kept within the bins', () => {
    const sorted = fc
      .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 })
      .map((edges) => edges.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.double({ min: -2e6, max: 2e6, noNaN: true }), (edges, value) => {
        const expected = Math.max(0, Math.min(d3.bisectRight(edges, value) - 1, edges.length - 2));
        expect(binIndex(edges, value)).toBe(expected);
      }),
    );
  });
});
