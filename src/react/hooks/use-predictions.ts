import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanPredictionsPage, KonanTimeWindow } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';
import { UNSET_WINDOW } from './unset-window.js';

/**
 * The deployment's predictions in a time window, page by page: `fetchNextPage()` follows the
 * server's `next` link. Keep the window stable between renders. Pass `undefined` to wait.
 */
export function usePredictions(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindow | undefined,
): UseInfiniteQueryResult<InfiniteData<KonanPredictionsPage, string | null>, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('usePredictions');
  return useInfiniteQuery(
    {
      ...konanQueries.predictions(client, deploymentUuid ?? '', timeWindow ?? UNSET_WINDOW),
      enabled: authenticated && Boolean(deploymentUuid) && Boolean(timeWindow),
    },
    queryClient,
  );
}
