import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanModel } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context.js';

/** `useModels` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseModels(
  deploymentUuid: string,
): UseSuspenseQueryResult<KonanModel[], KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseModels');
  return useSuspenseQuery(konanQueries.models(client, deploymentUuid), queryClient);
}
