import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type {
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
} from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callCreateDeployment } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { type KonanMutationOptions, withMutationCallbacks } from './hook-options.js';

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
  const { client, queryClient } = useKonanQueryContext('useCreateDeployment');
  const scope = konanKeys.scopeOf(client);
  return useMutation(
    {
      retry: false,
      ...withMutationCallbacks(options, {
        onSuccess: (response: KonanDeploymentCreationResponse) => {
          if (response.liveModel) {
            queryClient.setQueryData(konanKeys.models(scope, response.deployment.uuid), [
              response.liveModel,
            ]);
          }
          return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
        },
      }),
      mutationKey: konanKeys.mutations.createDeployment(scope),
      mutationFn: (request: KonanDeploymentCreationRequest) =>
        callCreateDeployment(client, request),
    },
    queryClient,
  );
}
