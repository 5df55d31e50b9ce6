import {
  type InfiniteData,
  type UseSuspenseInfiniteQueryResult,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanPredictionsPage, KonanTimeWindow } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context.js';

/** `usePredictions` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspensePredictions(
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
): UseSuspenseInfiniteQueryResult<InfiniteData<KonanPredictionsPage, string | null>, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspensePredictions');
  return useSuspenseInfiniteQuery(
    konanQueries.predictions(client, deploymentUuid, timeWindow),
    queryClient,
  );
}
