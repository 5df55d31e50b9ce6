import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/types';
import { konanQueries } from '../query/konan-queries';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context';

/** `useEvaluation` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseEvaluation(
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
): UseSuspenseQueryResult<KonanEvaluation, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseEvaluation');
  return useSuspenseQuery(konanQueries.evaluation(client, deploymentUuid, timeWindow), queryClient);
}
