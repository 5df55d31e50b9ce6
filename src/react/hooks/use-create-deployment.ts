import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint.js';
import { createDeployment } from '../../client/deployments.js';
import type { KonanError } from '../../client/errors.js';
import type {
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
} from '../../client/types.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/**
 * Create a deployment with its live model. Resolves with the deployment, its live model, the
 * `errors` of the attempt (image, health endpoint, port) and the `containerLogs`; a deployment
 * with errors is still created, so check `errors`. Refreshes the deployments list.
 */
export function useCreateDeployment(): UseMutationResult<
  KonanDeploymentCreationResponse,
  KonanError,
  KonanDeploymentCreationRequest
> {
  const { client, queryClient } = useKonanQueryContext('useCreateDeployment');
  return useMutation(
    {
      mutationFn: (request: KonanDeploymentCreationRequest) =>
        callEndpoint(client, 'createDeployment', createDeployment, request),
      retry: false,
      onSuccess: (response) => {
        const scope = konanKeys.scopeOf(client);
        if (response.liveModel) {
          queryClient.setQueryData(konanKeys.models(scope, response.deployment.uuid), [
            response.liveModel,
          ]);
        }
        return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
      },
    },
    queryClient,
  );
}
