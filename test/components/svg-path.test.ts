import { line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath, stepAreaPath } from '../../src/components/shared/chart/svg-path';

const values = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
  maxLength: 40,
});

describe('linePath', () => {
  it('gives the string d3-shape line().defined() gives, gaps included', () => {
    fc.assert(
      fc.property(values, (ys) => {
        const d3 =
          line<number | null>()
            .defined((v) => v !== null)
            .x((_, i) => i * 3)
            .y((v) => v ?? 0)(ys) ?? '';
        const ours = linePath(
          ys,
          (_, i) => i * 3,
          (v) => v ?? 0,
          (v) => v !== null,
        );
        expect(ours).toBe(d3);
      }),
    );
  });

  it('is empty when no item is defined', () => {
    expect(
      linePath(
        [null, null],
        () => 0,
        () => 0,
        (v) => v !== null,
      ),
    ).toBe('');
  });
});

describe('stepAreaPath', () => {
  it('holds each value until the next x and closes each run on the base', () => {
    const d = stepAreaPath(
      [5, 2, null, 7, 1],
      (_, i) => i * 10,
      (v) => v ?? 0,
      100,
      (v) => v !== null,
    );
    expect(d).toBe('M0,5L10,5L10,2L10,100L0,100Z' + 'M30,7L40,7L40,1L40,100L30,100Z');
  });

  it('is empty for no items', () => {
    expect(
      stepAreaPath(
        [],
        () => 0,
        () => 0,
        0,
      ),
    ).toBe('');
  });
});
