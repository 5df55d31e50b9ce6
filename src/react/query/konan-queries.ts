import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type {
  KonanDeployment,
  KonanEvaluation,
  KonanModel,
  KonanPredictionsPage,
  KonanTimeWindowInput,
} from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { followPages } from '../../client/paging.js';
import {
  callEvaluate,
  callListDeployments,
  callListModels,
  callListPredictions,
} from '../endpoints.js';
import { type KonanEvaluationKey, type KonanPredictionsKey, konanKeys } from './konan-keys.js';
import { resolveTimeWindow } from './resolve-time-window.js';

/**
 * The client already retries idempotent GETs (network errors, 408, 429, 5xx) with backoff.
 * Retrying again here would multiply the attempts (3 x 4 = 12 requests for one outage) and hide
 * failures for longer, so React Query never retries Konan queries.
 */
const retry = false;

/** Every page of deployments; a repeated `next` or an endless listing rejects (see `followPages`). */
async function allDeployments(client: KonanCore, signal: AbortSignal) {
  const deployments: KonanDeployment[] = [];
  const pages = followPages(
    () => callListDeployments(client, { signal }),
    (pageUrl) => callListDeployments(client, { signal, pageUrl }),
  );
  for await (const page of pages) deployments.push(...page.deployments);
  return deployments;
}

/**
 * `queryOptions` and `infiniteQueryOptions` of every Konan query, for prefetching (router
 * loaders), `useQueries`, `ensureQueryData` and typed `getQueryData`. They carry no `enabled`:
 * the hooks add it from the session. Keys are scoped to `client`'s session as it stands when
 * called (`konanKeys.scopeOf(client)`), so the options of the provider's client share their cache
 * entries with the hooks; call again after a login to get the new user's keys.
 */
export const konanQueries = {
  /** Every deployment, all pages. */
  deployments: (client: KonanCore) =>
    queryOptions<
      KonanDeployment[],
      KonanError,
      KonanDeployment[],
      ReturnType<typeof konanKeys.deployments>
    >({
      queryKey: konanKeys.deployments(konanKeys.scopeOf(client)),
      queryFn: ({ signal }) => allDeployments(client, signal),
      retry,
    }),

  models: (client: KonanCore, deploymentUuid: string) =>
    queryOptions<KonanModel[], KonanError, KonanModel[], ReturnType<typeof konanKeys.models>>({
      queryKey: konanKeys.models(konanKeys.scopeOf(client), deploymentUuid),
      queryFn: ({ signal }) => callListModels(client, deploymentUuid, { signal }),
      retry,
    }),

  evaluation: (client: KonanCore, deploymentUuid: string, timeWindow: KonanTimeWindowInput) =>
    queryOptions<KonanEvaluation, KonanError, KonanEvaluation, KonanEvaluationKey>({
      queryKey: konanKeys.evaluation(konanKeys.scopeOf(client), deploymentUuid, timeWindow),
      queryFn: ({ signal }) =>
        callEvaluate(client, deploymentUuid, resolveTimeWindow(timeWindow), { signal }),
      retry,
    }),

  predictions: (client: KonanCore, deploymentUuid: string, timeWindow: KonanTimeWindowInput) =>
    infiniteQueryOptions<
      KonanPredictionsPage,
      KonanError,
      InfiniteData<KonanPredictionsPage, string | null>,
      KonanPredictionsKey,
      string | null
    >({
      queryKey: konanKeys.predictions(konanKeys.scopeOf(client), deploymentUuid, timeWindow),
      // A relative window is resolved when the first page is fetched (each refetch starts there);
      // later pages follow the `next` link of that page, so they stay in the same window.
      queryFn: ({ signal, pageParam }) =>
        callListPredictions(client, deploymentUuid, resolveTimeWindow(timeWindow), {
          signal,
          ...(pageParam !== null && { pageUrl: pageParam }),
        }),
      initialPageParam: null,
      getNextPageParam: (last) => last.next ?? undefined,
      retry,
    }),
};
