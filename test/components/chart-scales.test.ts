import { scaleBand, scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandIndexAt,
  bucketBands,
  linearScale,
  valueScale,
} from '../../src/components/shared/chart/chart-scales';

describe('linearScale', () => {
  it('maps the domain onto the range, and back', () => {
    const y = linearScale([0, 200], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(50)).toBe(75);
    expect(y(200)).toBe(0);
    expect(y.invert(75)).toBe(50);
    expect(y.ticks(4)).toEqual([0, 50, 100, 150, 200]);
  });

  it('puts a domain of one value in the middle of the range', () => {
    expect(linearScale([3, 3], [0, 80])(3)).toBe(40);
  });

  it('agrees with d3-scale where both apply', () => {
    const ours = valueScale(87, 220);
    const d3 = scaleLinear().domain([0, 87]).nice().range([220, 0]);
    expect(ours.domain()).toEqual(d3.domain());
    for (const v of [0, 13, 50.5, 87, 100]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
    expect(ours.invert(31)).toBeCloseTo(d3.invert(31), 9);
  });
});

describe('bucketBands', () => {
  it('places bands where d3-scale’s scaleBand places them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1e12 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (times, width, padding) => {
          const ours = bucketBands(times, width, padding);
          const d3 = scaleBand<number>()
            .domain(times)
            .range([0, width])
            .paddingInner(padding)
            .paddingOuter(padding / 2);
          expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
          expect(ours.step()).toBeCloseTo(d3.step(), 9);
          for (const time of times) expect(ours(time)).toBeCloseTo(d3(time) ?? Number.NaN, 9);
          expect(ours(-1)).toBeUndefined();
        },
      ),
    );
  });

  it('finds the band under the pointer, and none before the first or past the plot', () => {
    const bands = bucketBands([10, 20, 30, 40], 400);
    expect(bandIndexAt(bands, 0)).toBeNull();
    expect(bandIndexAt(bands, (bands(20) ?? 0) + 1)).toBe(1);
    expect(bandIndexAt(bands, 399)).toBe(3);
    expect(bandIndexAt(bands, 420)).toBeNull();
  });
});
