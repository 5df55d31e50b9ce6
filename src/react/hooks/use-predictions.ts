import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { KonanPredictionsPage, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import type { KonanPredictionsKey } from '../query/konan-keys.js';
import { predictionsQuery } from '../query/predictions-query.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { enabledForWindow, type KonanInfiniteQueryOptions, queryBase } from './hook-options.js';
import { UNSET_WINDOW } from './unset-window.js';

/** The pages `usePredictions` holds, before any `select`. */
export type KonanPredictionsPages = InfiniteData<KonanPredictionsPage, string | null>;

/**
 * The deployment's predictions in a time window, page by page: `fetchNextPage()` follows the
 * server's `next` link. A relative window (`{ last: { days: 7 } }`) ends at "now" at every
 * refetch; keep a fixed one stable between renders. Pass `undefined` to wait.
 * `options` are TanStack's (`select`, `refetchInterval`, `staleTime`, `enabled`, `maxPages`, …).
 */
export function usePredictions<TData = KonanPredictionsPages>(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindowInput | undefined,
  options: KonanInfiniteQueryOptions<
    KonanPredictionsPage,
    TData,
    KonanPredictionsKey,
    string | null
  > = {},
): UseInfiniteQueryResult<TData, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('usePredictions');
  return useInfiniteQuery<
    KonanPredictionsPage,
    KonanError,
    TData,
    KonanPredictionsKey,
    string | null
  >(
    {
      ...queryBase(predictionsQuery(client, deploymentUuid ?? '', timeWindow ?? UNSET_WINDOW)),
      ...options,
      enabled: enabledForWindow(authenticated, deploymentUuid, timeWindow, options.enabled),
    },
    queryClient,
  );
}
