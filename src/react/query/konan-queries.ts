import { deploymentsQuery } from './deployments-query.js';
import { evaluationQuery } from './evaluation-query.js';
import { modelsQuery } from './models-query.js';
import { predictionsQuery } from './predictions-query.js';

/**
 * `queryOptions` and `infiniteQueryOptions` of every Konan query, for prefetching (router
 * loaders), `useQueries`, `ensureQueryData` and typed `getQueryData`. They carry no `enabled`:
 * the hooks add it from the session. Keys are scoped to `client`'s session as it stands when
 * called (`konanKeys.scopeOf(client)`), so the options of the provider's client share their cache
 * entries with the hooks; call again after a login to get the new user's keys.
 *
 * The hooks import each query from its own module, not this object: one object is all of it or
 * nothing to a bundler, and an app showing deployments would bundle the evaluation and
 * predictions endpoints too.
 */
export const konanQueries = {
  /** Every deployment, all pages. */
  deployments: deploymentsQuery,
  models: modelsQuery,
  evaluation: evaluationQuery,
  predictions: predictionsQuery,
};
