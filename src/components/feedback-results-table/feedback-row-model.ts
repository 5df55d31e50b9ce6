import { isKonanHttpError } from '../../client/errors';
import type { KonanFeedbacksResult } from '../../client/types';

/** How the server received one item. `notSent`: it never got an answer (network, abort, 5xx). */
export type FeedbackOutcome = 'accepted' | 'rejected' | 'notSent';
export type FeedbackOutcomeFilter = FeedbackOutcome | 'all';
export type FeedbackSortKey = 'uuid' | 'outcome' | 'status';
export type FeedbackSortDirection = 'ascending' | 'descending';

export interface FeedbackSort {
  key: FeedbackSortKey;
  direction: FeedbackSortDirection;
}

/** One line of the results table. */
export interface FeedbackRow {
  /** Position in the row model; stable for a given result. */
  id: number;
  predictionUuid: string;
  outcome: FeedbackOutcome;
  /** The HTTP-like status: the item's own for answered items, the request's for not-sent ones. */
  status: number | null;
  /** The server's message, or why the item was not sent. */
  message: string;
}

export interface FeedbackRowModel {
  rows: readonly FeedbackRow[];
  counts: Readonly<Record<FeedbackOutcomeFilter, number>>;
  /** The rows' ids in the given order, computed once per key and direction. */
  order(sort: FeedbackSort): Uint32Array;
}

export interface FeedbackRowQuery {
  outcome: FeedbackOutcomeFilter;
  /** Case-insensitive substring of the prediction UUID. */
  search: string;
  sort: FeedbackSort | null;
}

const outcomeRank: Record<FeedbackOutcome, number> = { accepted: 0, rejected: 1, notSent: 2 };

/** Builds the rows of a result once; filtering and sorting then reuse it. */
export function createFeedbackRowModel(result: KonanFeedbacksResult): FeedbackRowModel {
  const rows: FeedbackRow[] = [];
  const counts = { all: 0, accepted: 0, rejected: 0, notSent: 0 };
  for (const status of result.statuses) {
    const outcome: FeedbackOutcome = status.accepted ? 'accepted' : 'rejected';
    counts[outcome]++;
    rows.push({
      id: rows.length,
      predictionUuid: status.predictionUuid,
      outcome,
      status: status.status,
      message: status.message,
    });
  }
  for (const item of result.notSent) {
    counts.notSent++;
    rows.push({
      id: rows.length,
      predictionUuid: item.submission.predictionUuid,
      outcome: 'notSent',
      status: isKonanHttpError(item.reason) ? item.reason.status : null,
      message: item.reason.message,
    });
  }
  counts.all = rows.length;

  const orders = new Map<string, Uint32Array>();
  return {
    rows,
    counts,
    order(sort) {
      const cacheKey = `${sort.key}:${sort.direction}`;
      let order = orders.get(cacheKey);
      if (!order) {
        order = sortIds(rows, sort);
        orders.set(cacheKey, order);
      }
      return order;
    },
  };
}

function sortIds(rows: readonly FeedbackRow[], sort: FeedbackSort): Uint32Array {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const ids = Array.from({ length: rows.length }, (_, i) => i);
  // Ties keep the result's order in both directions.
  if (sort.key === 'uuid') {
    const keys = rows.map((row) => row.predictionUuid);
    ids.sort((a, b) => {
      const x = keys[a] as string;
      const y = keys[b] as string;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  } else {
    const keys = rows.map((row) =>
      sort.key === 'outcome'
        ? outcomeRank[row.outcome]
        : // Rows without a status sort after every status, whatever the direction.
          (row.status ?? sign * Number.POSITIVE_INFINITY),
    );
    ids.sort((a, b) => {
      const x = keys[a] as number;
      const y = keys[b] as number;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  }
  return Uint32Array.from(ids);
}

/** The rows to show for a filter, search and sort, in order. */
export function selectFeedbackRows(
  model: FeedbackRowModel,
  query: FeedbackRowQuery,
): FeedbackRow[] {
  const { rows } = model;
  const needle = query.search.trim().toLowerCase();
  const outcome = query.outcome;
  if (!needle && outcome === 'all' && !query.sort) return rows as FeedbackRow[];
  const order = query.sort ? model.order(query.sort) : null;
  const selected: FeedbackRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[order ? (order[i] as number) : i] as FeedbackRow;
    if (outcome !== 'all' && row.outcome !== outcome) continue;
    if (needle && !row.predictionUuid.toLowerCase().includes(needle)) continue;
    selected.push(row);
  }
  return selected;
}
