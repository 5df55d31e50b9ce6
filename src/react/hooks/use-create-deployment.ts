import type { UseMutationResult } from '@tanstack/react-query';
import type {
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
} from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callCreateDeployment } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanMutationOptions } from './hook-options.js';
import { useKonanMutation } from './use-konan-mutation.js';

/**
 * Create a deployment with its live model. Resolves with the deployment, its live model, the
 * `errors` of the attempt (image, health endpoint, port) and the `containerLogs`; a deployment
 * with errors is still created, so check `errors`. Refreshes the deployments list. Its key is
 * `konanKeys.mutations.createDeployment(scope)`.
 */
export function useCreateDeployment(
  options: KonanMutationOptions<
    KonanDeploymentCreationResponse,
    KonanDeploymentCreationRequest
  > = {},
): UseMutationResult<KonanDeploymentCreationResponse, KonanError, KonanDeploymentCreationRequest> {
  return useKonanMutation('useCreateDeployment', options, ({ client, queryClient, scope }) => ({
    mutationKey: konanKeys.mutations.createDeployment(scope),
    mutationFn: (request: KonanDeploymentCreationRequest) => callCreateDeployment(client, request),
    onSuccess: (response: KonanDeploymentCreationResponse) => {
      if (response.liveModel) {
        queryClient.setQueryData(konanKeys.models(scope, response.deployment.uuid), [
          response.liveModel,
        ]);
      }
      return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
    },
  }));
}
