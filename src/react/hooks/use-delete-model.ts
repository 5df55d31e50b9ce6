import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import { callDeleteModel } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { type KonanMutationOptions, withMutationCallbacks } from './hook-options.js';

/**
 * Delete one of the deployment's models: `mutate(modelUuid)`. Refreshes its models. Its key is
 * `konanKeys.mutations.deleteModel(scope, deploymentUuid)`.
 */
export function useDeleteModel(
  deploymentUuid: string,
  options: KonanMutationOptions<void, string> = {},
): UseMutationResult<void, KonanError, string> {
  const { client, queryClient } = useKonanQueryContext('useDeleteModel');
  const scope = konanKeys.scopeOf(client);
  return useMutation(
    {
      retry: false,
      ...withMutationCallbacks(options, {
        onSuccess: () =>
          queryClient.invalidateQueries({ queryKey: konanKeys.models(scope, deploymentUuid) }),
      }),
      mutationKey: konanKeys.mutations.deleteModel(scope, deploymentUuid),
      mutationFn: (modelUuid: string) => callDeleteModel(client, modelUuid),
    },
    queryClient,
  );
}
