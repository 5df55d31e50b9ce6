import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { linearScale, valueScale } from '../../src/components/shared/chart/chart-scales';

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

  it('time ticks are the ones scaleUtc would give', () => {
    const start = new Date(Date.UTC(2026, 10, 24));
    const end = new Date(Date.UTC(2026, 11, 1, 18));
    expect(utcTicks(start, end, 6)).toEqual(scaleUtc().domain([start, end]).ticks(6));
  });
});
