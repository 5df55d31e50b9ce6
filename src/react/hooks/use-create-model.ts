import type { UseMutationResult } from '@tanstack/react-query';
import type { KonanModel, KonanModelCreationRequest } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callCreateModel } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanMutationOptions } from './hook-options.js';
import { useKonanMutation } from './use-konan-mutation.js';

/**
 * Add a model to a deployment (a challenger unless `state` says otherwise). Refreshes its models.
 * Its key is `konanKeys.mutations.createModel(scope, deploymentUuid)`.
 */
export function useCreateModel(
  deploymentUuid: string,
  options: KonanMutationOptions<KonanModel, KonanModelCreationRequest> = {},
): UseMutationResult<KonanModel, KonanError, KonanModelCreationRequest> {
  return useKonanMutation('useCreateModel', options, ({ client, queryClient, scope }) => ({
    mutationKey: konanKeys.mutations.createModel(scope, deploymentUuid),
    mutationFn: (request: KonanModelCreationRequest) =>
      callCreateModel(client, deploymentUuid, request),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: konanKeys.models(scope, deploymentUuid) }),
  }));
}
