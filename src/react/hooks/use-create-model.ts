import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { KonanModel, KonanModelCreationRequest } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callCreateModel } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { type KonanMutationOptions, withMutationCallbacks } from './hook-options.js';

/**
 * Add a model to a deployment (a challenger unless `state` says otherwise). Refreshes its models.
 * Its key is `konanKeys.mutations.createModel(scope, deploymentUuid)`.
 */
export function useCreateModel(
  deploymentUuid: string,
  options: KonanMutationOptions<KonanModel, KonanModelCreationRequest> = {},
): UseMutationResult<KonanModel, KonanError, KonanModelCreationRequest> {
  const { client, queryClient } = useKonanQueryContext('useCreateModel');
  const scope = konanKeys.scopeOf(client);
  return useMutation(
    {
      retry: false,
      ...withMutationCallbacks(options, {
        onSuccess: () =>
          queryClient.invalidateQueries({ queryKey: konanKeys.models(scope, deploymentUuid) }),
      }),
      mutationKey: konanKeys.mutations.createModel(scope, deploymentUuid),
      mutationFn: (request: KonanModelCreationRequest) =>
        callCreateModel(client, deploymentUuid, request),
    },
    queryClient,
  );
}
