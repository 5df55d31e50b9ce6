import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndexes } from '../../src/components/shared/chart/decimate';
import { linePath } from '../../src/components/shared/chart/svg-path';

interface Column {
  column: number;
  first: number;
  last: number;
  low: number;
  high: number;
}

/**
 * What a line looks like at pixel resolution: its runs of defined points (where it breaks), and
 * in each run, each pixel column's first, last, lowest and highest value.
 */
function picture(values: readonly (number | null)[], indexes: readonly number[], width: number) {
  const column = (i: number) => Math.floor((i / Math.max(1, values.length - 1)) * width);
  const runs: { start: number; end: number; columns: Column[] }[] = [];
  let run: (typeof runs)[number] | undefined;
  for (const i of indexes) {
    const value = values[i] ?? null;
    if (value === null) {
      run = undefined;
      continue;
    }
    if (!run) {
      run = { start: i, end: i, columns: [] };
      runs.push(run);
    }
    run.end = i;
    const c = column(i);
    const current = run.columns[run.columns.length - 1];
    if (current?.column === c) {
      current.last = value;
      current.low = Math.min(current.low, value);
      current.high = Math.max(current.high, value);
    } else run.columns.push({ column: c, first: value, last: value, low: value, high: value });
  }
  return runs;
}

const series = fc.array(
  fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 8 }),
  { maxLength: 3_000 },
);
const widths = fc.integer({ min: 1, max: 800 });

describe('lineIndexes: the points of a dense line worth drawing', () => {
  it('draws the same picture as every point: same breaks, same columns, same extremes', () => {
    fc.assert(
      fc.property(series, widths, (values, width) => {
        const all = values.map((_, i) => i);
        const column = (i: number) => Math.floor((i / Math.max(1, values.length - 1)) * width);
        const kept = lineIndexes(values, column);
        expect(picture(values, kept, width)).toEqual(picture(values, all, width));
      }),
    );
  });

  it('keeps indexes of the series, in order, each once', () => {
    fc.assert(
      fc.property(series, widths, (values, width) => {
        const kept = lineIndexes(values, (i) => Math.floor((i / values.length) * width));
        for (let k = 1; k < kept.length; k++) expect(kept[k]).toBeGreaterThan(kept[k - 1] ?? -1);
        for (const i of kept) expect(i >= 0 && i < values.length).toBe(true);
      }),
    );
  });

  it('breaks the drawn path where the full path breaks', () => {
    fc.assert(
      fc.property(series, widths, (values, width) => {
        const column = (i: number) => Math.floor((i / Math.max(1, values.length - 1)) * width);
        const kept = lineIndexes(values, column);
        const moves = (d: string) => d.split('M').length - 1;
        const full = linePath(
          values,
          (_, i) => i,
          (v) => v ?? 0,
          (v) => v !== null,
        );
        const drawn = linePath(
          kept,
          (i) => i,
          (i) => values[i] ?? 0,
          (i) => values[i] !== null,
        );
        expect(moves(drawn)).toBe(moves(full));
      }),
    );
  });

  it('keeps at most four points per pixel column: 10,000 points over 600 px', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 7) + (i % 13) / 10);
    const kept = lineIndexes(values, (i) => Math.floor((i / 9_999) * 600));
    expect(kept.length).toBeLessThanOrEqual(4 * 601);
    expect(kept.length).toBeGreaterThan(600);
  });

  it('keeps every point when each has a column to itself', () => {
    const values = [0.2, 0.4, null, 0.1, 0.3];
    expect(lineIndexes(values, (i) => i * 10)).toEqual([0, 1, 2, 3, 4]);
  });
});
