import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanDeployment } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useAuthenticatedKonanContext } from '../session/use-konan-query-context.js';

/**
 * `useDeployments` for Suspense: suspends while loading or logging in; errors (including "not
 * logged in") go to the nearest error boundary.
 */
export function useSuspenseDeployments(): UseSuspenseQueryResult<KonanDeployment[], KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseDeployments');
  return useSuspenseQuery(konanQueries.deployments(client), queryClient);
}
