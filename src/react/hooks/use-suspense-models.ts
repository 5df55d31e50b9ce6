import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanModel } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import type { konanKeys } from '../query/konan-keys.js';
import { modelsQuery } from '../query/models-query.js';
import { useAuthenticatedKonanContext } from '../session/konan-context.js';
import { type KonanSuspenseQueryOptions, queryBase } from './hook-options.js';

type ModelsKey = ReturnType<typeof konanKeys.models>;

/** `useModels` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseModels<TData = KonanModel[]>(
  deploymentUuid: string,
  options: KonanSuspenseQueryOptions<KonanModel[], TData, ModelsKey> = {},
): UseSuspenseQueryResult<TData, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseModels');
  return useSuspenseQuery<KonanModel[], KonanError, TData, ModelsKey>(
    { ...queryBase(modelsQuery(client, deploymentUuid)), ...options },
    queryClient,
  );
}
