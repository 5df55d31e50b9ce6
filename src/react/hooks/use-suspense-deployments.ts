import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanDeployment } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { deploymentsQuery } from '../query/deployments-query.js';
import type { konanKeys } from '../query/konan-keys.js';
import { useAuthenticatedKonanContext } from '../session/konan-context.js';
import { type KonanSuspenseQueryOptions, queryBase } from './hook-options.js';

type DeploymentsKey = ReturnType<typeof konanKeys.deployments>;

/**
 * `useDeployments` for Suspense: suspends while loading or logging in; errors (including "not
 * logged in") go to the nearest error boundary.
 */
export function useSuspenseDeployments<TData = KonanDeployment[]>(
  options: KonanSuspenseQueryOptions<KonanDeployment[], TData, DeploymentsKey> = {},
): UseSuspenseQueryResult<TData, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseDeployments');
  return useSuspenseQuery<KonanDeployment[], KonanError, TData, DeploymentsKey>(
    { ...queryBase(deploymentsQuery(client)), ...options },
    queryClient,
  );
}
