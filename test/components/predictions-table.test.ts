import { describe, expect, it } from 'vitest';
import type { KonanPredictionsPage } from '../../src/client/data-types';
import { flattenPredictions } from '../../src/components/predictions-table/flatten-predictions';
import { summarizeJson } from '../../src/components/predictions-table/json-summary';

describe('summarizeJson', () => {
  it('lists the first entries of an object as key: value', () => {
    expect(summarizeJson({ label: 'approved', probability: 0.87 })).toEqual({
      text: 'label: approved · probability: 0.87',
      parts: ['label: approved', 'probability: 0.87'],
      complete: true,
    });
  });

  it('cuts long objects and says how many entries are hidden', () => {
    const summary = summarizeJson(
      { a: 1, b: 2, c: 3, d: 4, e: 5 },
      { formatNumber: (n) => `#${n}`, more: (n) => `and ${n} others` },
    );
    expect(summary).toMatchObject({
      text: 'a: #1 · b: #2 · c: #3 · and 2 others',
      complete: false,
    });
  });

  it('elides nested values and long strings', () => {
    expect(
      summarizeJson({ user: { id: 1 }, tags: ['x'], note: 'y'.repeat(50) }, { maxText: 5 }),
    ).toMatchObject({ text: 'user: {…} · tags: […] · note: yyyyy…', complete: false });
    expect(summarizeJson({ empty: {}, none: [] })).toMatchObject({
      text: 'empty: {} · none: []',
      complete: true,
    });
  });

  it('summarizes arrays and scalars', () => {
    expect(summarizeJson([1, 2])).toMatchObject({ text: '[1, 2]', complete: true });
    expect(summarizeJson([1, 2, 3, 4])).toMatchObject({
      text: '[1, 2, 3, +1 more]',
      complete: false,
    });
    expect(summarizeJson('approved')).toMatchObject({ text: 'approved', complete: true });
    expect(summarizeJson(null)).toMatchObject({ text: 'null', complete: true });
    expect(summarizeJson(false)).toMatchObject({ text: 'false', complete: true });
    expect(summarizeJson([])).toMatchObject({ text: '[]', complete: true });
    expect(summarizeJson({})).toMatchObject({ text: '{}', complete: true });
  });
});

describe('flattenPredictions', () => {
  const page = (uuids: string[]): KonanPredictionsPage => ({
    count: 4,
    next: null,
    previous: null,
    predictions: uuids.map((uuid) => ({ uuid, output: uuid })),
  });

  it('keeps page order and shows a prediction repeated across pages once', () => {
    const rows = flattenPredictions([page(['a', 'b']), page(['b', 'c']), page(['d'])]);
    expect(rows.map((row) => row.uuid)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is empty without pages', () => {
    expect(flattenPredictions([])).toEqual([]);
  });
});
