import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanModel } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import type { konanKeys } from '../query/konan-keys.js';
import { modelsQuery } from '../query/models-query.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { enabledWith, type KonanQueryOptions, queryBase } from './hook-options.js';

type ModelsKey = ReturnType<typeof konanKeys.models>;

/**
 * The models of a deployment. Pass `undefined` until a deployment is chosen: the query waits.
 * `options` are TanStack's (`select`, `refetchInterval`, `staleTime`, `enabled`, …).
 */
export function useModels<TData = KonanModel[]>(
  deploymentUuid: string | undefined,
  options: KonanQueryOptions<KonanModel[], TData, ModelsKey> = {},
): UseQueryResult<TData, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useModels');
  return useQuery<KonanModel[], KonanError, TData, ModelsKey>(
    {
      ...queryBase(modelsQuery(client, deploymentUuid ?? '')),
      ...options,
      enabled: enabledWith(authenticated && Boolean(deploymentUuid), options.enabled),
    },
    queryClient,
  );
}
