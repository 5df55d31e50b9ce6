import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors';
import type { KonanModel } from '../../client/types';
import { konanQueries } from '../query/konan-queries';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context';

/** `useModels` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseModels(
  deploymentUuid: string,
): UseSuspenseQueryResult<KonanModel[], KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseModels');
  return useSuspenseQuery(konanQueries.models(client, deploymentUuid), queryClient);
}
