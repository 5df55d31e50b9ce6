import { describe, expect, it } from 'vitest';
import type { KonanFeedbacksResult } from '../../src/client/data-types';
import { KonanHttpError, KonanNetworkError } from '../../src/client/errors';
import {
  createFeedbackRowModel,
  type FeedbackRowQuery,
  type FeedbackSortKey,
  selectFeedbackRowIds,
  selectFeedbackRows,
  selectIds,
} from '../../src/components/feedback-results-table/feedback-row-model';

const status = (predictionUuid: string, code: number, message = '') => ({
  predictionUuid,
  status: code,
  message,
  accepted: code >= 200 && code < 300,
});

const result: KonanFeedbacksResult = {
  statuses: [
    status('c-3', 201, 'Feedback recorded.'),
    status('A-1', 404, 'Prediction not found.'),
    status('b-2', 201),
    status('d-4', 409, 'Already recorded.'),
  ],
  accepted: 2,
  rejected: 2,
  notSent: [
    {
      submission: { predictionUuid: 'e-5', target: 'x' },
      reason: new KonanHttpError({ status: 503, method: 'POST', url: 'https://api.konan.ai/x' }),
    },
    {
      submission: { predictionUuid: 'a-0', target: 'y' },
      reason: new KonanNetworkError('offline'),
    },
  ],
  total: 6,
};

const uuids = (query: Partial<FeedbackRowQuery>) =>
  selectFeedbackRows(createFeedbackRowModel(result), {
    outcome: 'all',
    search: '',
    sort: null,
    ...query,
  }).map((row) => row.predictionUuid);

describe('createFeedbackRowModel', () => {
  it('has one row per item: answered items, then not-sent ones with why', () => {
    const model = createFeedbackRowModel(result);
    expect(model.counts).toEqual({ all: 6, accepted: 2, rejected: 2, notSent: 2 });
    expect(model.rows[1]).toEqual({
      id: 1,
      predictionUuid: 'A-1',
      outcome: 'rejected',
      status: 404,
      message: 'Prediction not found.',
    });
    expect(model.rows[4]).toMatchObject({ outcome: 'notSent', status: 503 });
    expect(model.rows[4]?.message).toContain('503');
    expect(model.rows[5]).toMatchObject({ outcome: 'notSent', status: null, message: 'offline' });
  });

  it('builds a row only when asked for it, once', () => {
    const model = createFeedbackRowModel(result);
    expect(model.size).toBe(6);
    const row = model.row(3);
    expect(row).toEqual({
      id: 3,
      predictionUuid: 'd-4',
      outcome: 'rejected',
      status: 409,
      message: 'Already recorded.',
    });
    expect(model.row(3)).toBe(row);
    expect(model.rows[3]).toBe(row);
    expect(() => model.row(6)).toThrow(RangeError);
  });

  it('computes each sort order once', () => {
    const model = createFeedbackRowModel(result);
    const sort = { key: 'uuid', direction: 'ascending' } as const;
    expect(model.order(sort)).toBe(model.order({ ...sort }));
  });
});

describe('selectFeedbackRows', () => {
  it('returns the rows as they are without filter, search or sort', () => {
    const model = createFeedbackRowModel(result);
    expect(selectFeedbackRows(model, { outcome: 'all', search: '', sort: null })).toBe(model.rows);
  });

  it('selects ids: none for every row in order, the same array again for the same query', () => {
    const model = createFeedbackRowModel(result);
    expect(selectIds(model, { outcome: 'all', search: '  ', sort: null })).toBeNull();
    expect([...selectFeedbackRowIds(model, { outcome: 'all', search: '', sort: null })]).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    const rejected = selectFeedbackRowIds(model, { outcome: 'rejected', search: '', sort: null });
    expect([...rejected]).toEqual([1, 3]);
    expect(selectFeedbackRowIds(model, { outcome: 'rejected', search: '', sort: null })).toBe(
      rejected,
    );
    expect([
      ...selectFeedbackRowIds(model, {
        outcome: 'notSent',
        search: 'A',
        sort: { key: 'uuid', direction: 'descending' },
      }),
    ]).toEqual([5]);
  });

  it('filters by outcome', () => {
    expect(uuids({ outcome: 'accepted' })).toEqual(['c-3', 'b-2']);
    expect(uuids({ outcome: 'rejected' })).toEqual(['A-1', 'd-4']);
    expect(uuids({ outcome: 'notSent' })).toEqual(['e-5', 'a-0']);
    // Sorted, the filter reads each row's outcome instead.
    expect(uuids({ outcome: 'rejected', sort: { key: 'uuid', direction: 'ascending' } })).toEqual([
      'A-1',
      'd-4',
    ]);
  });

  it('searches UUIDs by substring, ignoring case and surrounding spaces', () => {
    expect(uuids({ search: ' a-' })).toEqual(['A-1', 'a-0']);
    expect(uuids({ search: 'A-1' })).toEqual(['A-1']);
    expect(uuids({ search: 'zzz' })).toEqual([]);
    expect(uuids({ search: 'a', outcome: 'notSent' })).toEqual(['a-0']);
  });

  it('sorts by UUID, outcome and status, keeping ties in result order', () => {
    const sorted = (key: FeedbackSortKey, direction: 'ascending' | 'descending') =>
      uuids({ sort: { key, direction } }).join(' ');
    expect(sorted('uuid', 'ascending')).toBe('A-1 a-0 b-2 c-3 d-4 e-5');
    expect(sorted('uuid', 'descending')).toBe('e-5 d-4 c-3 b-2 a-0 A-1');
    expect(sorted('outcome', 'ascending')).toBe('c-3 b-2 A-1 d-4 e-5 a-0');
    expect(sorted('outcome', 'descending')).toBe('e-5 a-0 A-1 d-4 c-3 b-2');
    // Items without a status come last in both directions.
    expect(sorted('status', 'ascending')).toBe('c-3 b-2 A-1 d-4 e-5 a-0');
    expect(sorted('status', 'descending')).toBe('e-5 d-4 A-1 c-3 b-2 a-0');
  });

  it('filters and sorts 100,000 rows from one model', () => {
    const big: KonanFeedbacksResult = {
      statuses: Array.from({ length: 100_000 }, (_, i) =>
        status(`p-${(i * 7919) % 100_000}`, i % 10 === 0 ? 404 : 201),
      ),
      accepted: 90_000,
      rejected: 10_000,
      notSent: [],
      total: 100_000,
    };
    const model = createFeedbackRowModel(big);
    const rejected = selectFeedbackRows(model, {
      outcome: 'rejected',
      search: '',
      sort: { key: 'uuid', direction: 'ascending' },
    });
    expect(rejected).toHaveLength(10_000);
    expect(
      rejected.every(
        (row, i) => i === 0 || (rejected[i - 1] as typeof row).predictionUuid <= row.predictionUuid,
      ),
    ).toBe(true);
    expect(
      selectFeedbackRows(model, { outcome: 'all', search: 'P-9999', sort: null }),
    ).toHaveLength(11);
  }, 30_000);
});
