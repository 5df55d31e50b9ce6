import type { KonanFeedbacksResult } from '../../client/data-types.js';
import { isKonanHttpError } from '../../client/errors.js';

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

/**
 * The rows of one result. Nothing is built per row up front: a row object is made when it is
 * first asked for (`row(id)`), so a table that shows a few dozen rows builds a few dozen.
 */
export interface FeedbackRowModel {
  /** How many rows: answered items, then not-sent ones. */
  readonly size: number;
  /** Every row, in result order. Built in full on first access; prefer `row(id)` for a few. */
  readonly rows: readonly FeedbackRow[];
  counts: Readonly<Record<FeedbackOutcomeFilter, number>>;
  /** The row with this id (0 ≤ id < size), built on first use and then kept. */
  row(id: number): FeedbackRow;
  /** The rows' ids in the given order, computed once per key and direction. */
  order(sort: FeedbackSort): Uint32Array;
}

export interface FeedbackRowQuery {
  outcome: FeedbackOutcomeFilter;
  /** Case-insensitive substring of the prediction UUID. */
  search: string;
  sort: FeedbackSort | null;
}

const outcomes: readonly FeedbackOutcome[] = ['accepted', 'rejected', 'notSent'];
/** Outcome codes (indexes in `outcomes`, in their sort order); accepted is 0. */
const REJECTED = 1;
const NOT_SENT = 2;
/** Selections kept per model (outcome × sort × search), most recent last. */
const SELECTIONS_KEPT = 8;

/** What the selection reads of a model, beyond the public interface. */
interface FeedbackRowStore extends FeedbackRowModel {
  /** Each row's outcome code (0 accepted, 1 rejected, 2 not sent), by id; built on first use. */
  outcomeCodes(): Uint8Array;
  uuid(id: number): string;
  status(id: number): number | null;
  /** The prediction UUIDs in lower case, by id; built on the first search. */
  lowerUuids(): readonly string[];
  /** The ids of the rows with an outcome, in result order. */
  withOutcome(outcome: FeedbackOutcome): Uint32Array;
  selections: Map<string, Uint32Array>;
}

/**
 * Wraps a result without reading its items: the counts are the result's own, a row object is
 * made when it is first asked for, and whatever a filter, sort or search needs (an outcome code
 * per row, an order, lower-case UUIDs) is computed the first time it is needed, then kept.
 */
export function createFeedbackRowModel(result: KonanFeedbacksResult): FeedbackRowModel {
  const { statuses, notSent } = result;
  const answered = statuses.length;
  const size = answered + notSent.length;
  const counts = {
    all: size,
    accepted: result.accepted,
    rejected: result.rejected,
    notSent: notSent.length,
  };

  const built: (FeedbackRow | undefined)[] = [];
  let allRows: FeedbackRow[] | undefined;
  let lower: string[] | undefined;
  let codes: Uint8Array | undefined;
  const orders = new Map<string, Uint32Array>();

  const uuid = (id: number) =>
    id < answered
      ? (statuses[id] as KonanFeedbacksResult['statuses'][number]).predictionUuid
      : (notSent[id - answered] as KonanFeedbacksResult['notSent'][number]).submission
          .predictionUuid;
  const status = (id: number): number | null => {
    if (id < answered) return (statuses[id] as KonanFeedbacksResult['statuses'][number]).status;
    const { reason } = notSent[id - answered] as KonanFeedbacksResult['notSent'][number];
    return isKonanHttpError(reason) ? reason.status : null;
  };
  const build = (id: number): FeedbackRow => {
    if (!(id >= 0 && id < size)) throw new RangeError(`No feedback row ${id} (of ${size})`);
    const answer =
      id < answered ? (statuses[id] as KonanFeedbacksResult['statuses'][number]) : null;
    return {
      id,
      predictionUuid: uuid(id),
      outcome: answer ? (answer.accepted ? 'accepted' : 'rejected') : 'notSent',
      status: status(id),
      message: answer
        ? answer.message
        : (notSent[id - answered] as KonanFeedbacksResult['notSent'][number]).reason.message,
    };
  };
  const row = (id: number): FeedbackRow => {
    let made = built[id];
    if (!made) {
      made = build(id);
      built[id] = made;
    }
    return made;
  };

  const store: FeedbackRowStore = {
    size,
    get rows() {
      if (!allRows) {
        allRows = new Array<FeedbackRow>(size);
        for (let id = 0; id < size; id++) allRows[id] = row(id);
      }
      return allRows;
    },
    counts,
    row,
    order(sort) {
      const cacheKey = `${sort.key}:${sort.direction}`;
      let order = orders.get(cacheKey);
      if (!order) {
        order = sortIds(store, sort);
        orders.set(cacheKey, order);
      }
      return order;
    },
    outcomeCodes() {
      if (!codes) {
        codes = new Uint8Array(size);
        for (let id = 0; id < answered; id++) {
          if (!(statuses[id] as KonanFeedbacksResult['statuses'][number]).accepted) {
            codes[id] = REJECTED;
          }
        }
        codes.fill(NOT_SENT, answered);
      }
      return codes;
    },
    uuid,
    status,
    withOutcome(outcome) {
      // Not-sent items come after the answered ones; the others take one pass over the answers.
      if (outcome === 'notSent') {
        return Uint32Array.from({ length: size - answered }, (_, i) => answered + i);
      }
      const wanted = outcome === 'accepted';
      const ids = new Uint32Array(answered);
      let length = 0;
      for (let id = 0; id < answered; id++) {
        if (!(statuses[id] as KonanFeedbacksResult['statuses'][number]).accepted !== wanted) {
          ids[length++] = id;
        }
      }
      return ids.slice(0, length);
    },
    lowerUuids() {
      if (!lower) {
        lower = new Array<string>(size);
        for (let id = 0; id < size; id++) lower[id] = uuid(id).toLowerCase();
      }
      return lower;
    },
    selections: new Map(),
  };
  return store;
}

function sortIds(model: FeedbackRowStore, sort: FeedbackSort): Uint32Array {
  const { size } = model;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const ids = Array.from({ length: size }, (_, i) => i);
  // Ties keep the result's order in both directions.
  if (sort.key === 'uuid') {
    const keys = Array.from({ length: size }, (_, id) => model.uuid(id));
    ids.sort((a, b) => {
      const x = keys[a] as string;
      const y = keys[b] as string;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  } else if (sort.key === 'outcome') {
    const outcomeCodes = model.outcomeCodes();
    ids.sort((a, b) => {
      const x = outcomeCodes[a] as number;
      const y = outcomeCodes[b] as number;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  } else {
    // Rows without a status sort after every status, whatever the direction.
    const keys = Float64Array.from(
      { length: size },
      (_, id) => model.status(id) ?? sign * Infinity,
    );
    ids.sort((a, b) => {
      const x = keys[a] as number;
      const y = keys[b] as number;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  }
  return Uint32Array.from(ids);
}

/**
 * The ids of the rows to show for a filter, search and sort, in order, or `null` when that is
 * every row in result order (`id === index`). One pass over a byte per row, no row objects; kept
 * per model for the last few queries, so going back to a filter costs nothing.
 */
export function selectIds(model: FeedbackRowModel, query: FeedbackRowQuery): Uint32Array | null {
  const store = isStore(model) ? model : adapt(model);
  const needle = query.search.trim().toLowerCase();
  const { outcome, sort } = query;
  if (outcome === 'all' && !needle && !sort) return null;
  const cacheKey = `${outcome}\n${sort ? `${sort.key}:${sort.direction}` : ''}\n${needle}`;
  const { selections } = store;
  const kept = selections.get(cacheKey);
  if (kept !== undefined) {
    selections.delete(cacheKey);
    selections.set(cacheKey, kept);
    return kept;
  }

  const { size } = store;
  const order = sort ? store.order(sort) : null;
  let ids: Uint32Array;
  if (outcome === 'all' && !needle) {
    ids = order as Uint32Array;
  } else if (!order && !needle) {
    ids = store.withOutcome(outcome as FeedbackOutcome);
  } else {
    const code = outcome === 'all' ? -1 : outcomes.indexOf(outcome);
    const codes = code === -1 ? null : store.outcomeCodes();
    const lower = needle ? store.lowerUuids() : null;
    const buffer = new Uint32Array(size);
    let length = 0;
    for (let i = 0; i < size; i++) {
      const id = order ? (order[i] as number) : i;
      if (codes && codes[id] !== code) continue;
      if (lower && !(lower[id] as string).includes(needle)) continue;
      buffer[length++] = id;
    }
    ids = buffer.slice(0, length);
  }
  selections.set(cacheKey, ids);
  if (selections.size > SELECTIONS_KEPT) {
    selections.delete(selections.keys().next().value as string);
  }
  return ids;
}

/** The ids of the rows to show for a filter, search and sort, in order; treat it as read-only. */
export function selectFeedbackRowIds(
  model: FeedbackRowModel,
  query: FeedbackRowQuery,
): Uint32Array {
  return selectIds(model, query) ?? Uint32Array.from({ length: model.size }, (_, i) => i);
}

/** The rows to show for a filter, search and sort, in order. */
export function selectFeedbackRows(
  model: FeedbackRowModel,
  query: FeedbackRowQuery,
): FeedbackRow[] {
  const ids = selectIds(model, query);
  return ids ? Array.from(ids, (id) => model.row(id)) : (model.rows as FeedbackRow[]);
}

function isStore(model: FeedbackRowModel): model is FeedbackRowStore {
  return 'lowerUuids' in model;
}

/** A model made elsewhere than by `createFeedbackRowModel`, read through its rows (no caching). */
function adapt(model: FeedbackRowModel): FeedbackRowStore {
  const { rows } = model;
  return {
    ...model,
    size: rows.length,
    rows,
    row: (id) => rows[id] as FeedbackRow,
    order: (sort) => model.order(sort),
    outcomeCodes: () => Uint8Array.from(rows, (row) => outcomes.indexOf(row.outcome)),
    uuid: (id) => (rows[id] as FeedbackRow).predictionUuid,
    status: (id) => (rows[id] as FeedbackRow).status,
    lowerUuids: () => rows.map((row) => row.predictionUuid.toLowerCase()),
    withOutcome: (outcome) =>
      Uint32Array.from(rows.flatMap((row, id) => (row.outcome === outcome ? [id] : []))),
    selections: new Map(),
  };
}
