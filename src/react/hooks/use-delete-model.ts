import type { UseMutationResult } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import { callDeleteModel } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanMutationOptions } from './hook-options.js';
import { useKonanMutation } from './use-konan-mutation.js';

/**
 * Delete one of the deployment's models: `mutate(modelUuid)`. Refreshes its models. Its key is
 * `konanKeys.mutations.deleteModel(scope, deploymentUuid)`.
 */
export function useDeleteModel(
  deploymentUuid: string,
  options: KonanMutationOptions<void, string> = {},
): UseMutationResult<void, KonanError, string> {
  return useKonanMutation('useDeleteModel', options, ({ client, queryClient, scope }) => ({
    mutationKey: konanKeys.mutations.deleteModel(scope, deploymentUuid),
    mutationFn: (modelUuid: string) => callDeleteModel(client, modelUuid),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: konanKeys.models(scope, deploymentUuid) }),
  }));
}
