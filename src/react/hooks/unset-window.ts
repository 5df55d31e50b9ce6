import type { KonanTimeWindow } from '../../client/data-types.js';

/** Stands in for a window not chosen yet; the query it keys is disabled and never runs. */
export const UNSET_WINDOW: KonanTimeWindow = Object.freeze({
  start: new Date(0),
  end: new Date(0),
});
