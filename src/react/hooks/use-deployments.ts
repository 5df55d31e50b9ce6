import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanDeployment } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { deploymentsQuery } from '../query/deployments-query.js';
import type { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { enabledWith, type KonanQueryOptions, queryBase } from './hook-options.js';

type DeploymentsKey = ReturnType<typeof konanKeys.deployments>;

/**
 * Every deployment of the account (all pages). Waits, idle, until the session is authenticated.
 * `options` are TanStack's (`select`, `refetchInterval`, `staleTime`, `enabled`, …).
 */
export function useDeployments<TData = KonanDeployment[]>(
  options: KonanQueryOptions<KonanDeployment[], TData, DeploymentsKey> = {},
): UseQueryResult<TData, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useDeployments');
  return useQuery<KonanDeployment[], KonanError, TData, DeploymentsKey>(
    {
      ...queryBase(deploymentsQuery(client)),
      ...options,
      enabled: enabledWith(authenticated, options.enabled),
    },
    queryClient,
  );
}
