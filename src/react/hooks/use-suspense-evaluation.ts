import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context.js';

/** `useEvaluation` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseEvaluation(
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
): UseSuspenseQueryResult<KonanEvaluation, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseEvaluation');
  return useSuspenseQuery(konanQueries.evaluation(client, deploymentUuid, timeWindow), queryClient);
}
