import { describe, expect, it } from 'vitest';
import type { KonanPredictionsPage } from '../../src/client/types';
import { flattenPredictions } from '../../src/components/predictions-table/flatten-predictions';
import { summariseJson } from '../../src/components/predictions-table/json-summary';

describe('summariseJson', () => {
  it('lists the first entries of an object as key: value', () => {
    expect(summariseJson({ label: 'approved', probability: 0.87 })).toEqual({
      text: 'label: approved · probability: 0.87',
      parts: ['label: approved', 'probability: 0.87'],
      complete: true,
    });
  });

  it('cuts long objects and says how many entries are hidden', () => {
    const summary = summariseJson(
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
      summariseJson({ user: { id: 1 }, tags: ['x'], note: 'y'.repeat(50) }, { maxText: 5 }),
    ).toMatchObject({ text: 'user: {…} · tags: […] · note: yyyyy…', complete: false });
    expect(summariseJson({ empty: {}, none: [] })).toMatchObject({
      text: 'empty: {} · none: []',
      complete: true,
    });
  });

  it('summarises arrays and scalars', () => {
    expect(summariseJson([1, 2])).toMatchObject({ text: '[1, 2]', complete: true });
    expect(summariseJson([1, 2, 3, 4])).toMatchObject({
      text: '[1, 2, 3, +1 more]',
      complete: false,
    });
    expect(summariseJson('approved')).toMatchObject({ text: 'approved', complete: true });
    expect(summariseJson(null)).toMatchObject({ text: 'null', complete: true });
    expect(summariseJson(false)).toMatchObject({ text: 'false', complete: true });
    expect(summariseJson([])).toMatchObject({ text: '[]', complete: true });
    expect(summariseJson({})).toMatchObject({ text: '{}', complete: true });
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
