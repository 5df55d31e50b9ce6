import {
  type InfiniteData,
  type UseSuspenseInfiniteQueryResult,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query';
import type { KonanError } from '../../client/errors';
import type { KonanPredictionsPage, KonanTimeWindow } from '../../client/types';
import { konanQueries } from '../query/konan-queries';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context';

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
