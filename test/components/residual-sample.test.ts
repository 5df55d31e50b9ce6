import { describe, expect, it } from 'vitest';
import type { KonanPredictionsPage } from '../../src/client/data-types';
import {
  residualSampleOf,
  wantsNextPage,
} from '../../src/components/metrics-panel/use-residual-sample';

const page = (values: [number, number | null][], next: string | null): KonanPredictionsPage => ({
  count: 5,
  next,
  previous: null,
  predictions: values.map(([output, target], i) => ({
    uuid: `p${i}`,
    output: { value: output },
    ...(target === null ? {} : { feedback: { value: target } }),
  })),
});

describe('residual sample', () => {
  const pages = [
    page(
      [
        [100, 110],
        [200, null],
        [300, 290],
      ],
      'next-page',
    ),
    page(
      [
        [400, 400],
        [500, 450],
      ],
      null,
    ),
  ];

  it('takes target − output of the predictions with numeric feedback, and counts what it read', () => {
    expect(residualSampleOf(pages, 20_000)).toEqual({
      residuals: [10, -10, 0, -50],
      read: 5,
      total: 5,
    });
  });

  it('stops at the latest `max` predictions and says how many the window holds', () => {
    expect(residualSampleOf(pages, 2)).toEqual({ residuals: [10], read: 2, total: 5 });
  });

  it('reads on while there is a next page and fewer than `max` were read', () => {
    expect(wantsNextPage(pages.slice(0, 1), 20_000)).toBe(true);
    expect(wantsNextPage(pages.slice(0, 1), 3)).toBe(false);
    expect(wantsNextPage(pages, 20_000)).toBe(false);
  });
});
