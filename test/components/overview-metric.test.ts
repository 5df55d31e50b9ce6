import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  latestMetric,
  metricTrend,
} from '../../src/components/deployment-overview/overview-metric';

const day = (metrics: Record<string, number> | null) => ({ metrics });

describe('latestMetric', () => {
  it('takes the classifier F1 of the latest day that has one, with the day before it', () => {
    const points = [
      day({ f1_score: 0.9, precision: 0.8 }),
      day({ f1_score: 0.86 }),
      day({ f1_score: 0.8 }),
      day(null),
    ];
    expect(latestMetric(points)).toEqual({ name: 'f1_score', value: 0.8, previous: 0.86 });
  });

  it('takes the regressor RMSE when no day has F1', () => {
    const points = [day({ rmse: 3.1, mae: 2 }), day({ rmse: 2.5, mae: 1.9 })];
    expect(latestMetric(points)).toEqual({ name: 'rmse', value: 2.5, previous: 3.1 });
  });

  it('has no previous value when the day before is a gap', () => {
    expect(latestMetric([day({ rmse: 3 }), day(null), day({ rmse: 2 })])).toEqual({
      name: 'rmse',
      value: 2,
      previous: null,
    });
  });

  it('is null when no day has F1 or RMSE', () => {
    expect(latestMetric([day(null), day({ accuracy_custom: 0.5 }), day(null)])).toBeNull();
    expect(latestMetric([])).toBeNull();
  });
});

describe('metricTrend', () => {
  it('says F1 going down is worse and RMSE going down is better', () => {
    expect(metricTrend({ name: 'f1_score', value: 0.8, previous: 0.86 })).toEqual({
      direction: 'down',
      better: false,
    });
    expect(metricTrend({ name: 'rmse', value: 2.5, previous: 3.1 })).toEqual({
      direction: 'down',
      better: true,
    });
    expect(metricTrend({ name: 'f1_score', value: 0.9, previous: 0.8 })).toEqual({
      direction: 'up',
      better: true,
    });
  });

  it('is flat for an unchanged value and absent without a previous day', () => {
    expect(metricTrend({ name: 'rmse', value: 2, previous: 2 })).toEqual({
      direction: 'flat',
      better: null,
    });
    expect(metricTrend({ name: 'rmse', value: 2, previous: null })).toBeNull();
  });

  it('points the way the value moved, and F1 and RMSE judge the same move oppositely', () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, (now, before) => {
        fc.pre(now !== before);
        const f1 = metricTrend({ name: 'f1_score', value: now, previous: before });
        const rmse = metricTrend({ name: 'rmse', value: now, previous: before });
        if (!f1 || !rmse || f1.direction === 'flat') return;
        expect(f1.direction).toBe(now > before ? 'up' : 'down');
        expect(rmse.direction).toBe(f1.direction);
        expect(rmse.better).toBe(!f1.better);
      }),
    );
  });
});
