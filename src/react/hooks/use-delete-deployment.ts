import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint.js';
import { deleteDeployment } from '../../client/deployments.js';
import type { KonanError } from '../../client/errors.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/** Delete a deployment: `mutate(deploymentUuid)`. Drops its cached data, refreshes the list. */
export function useDeleteDeployment(): UseMutationResult<void, KonanError, string> {
  const { client, queryClient } = useKonanQueryContext('useDeleteDeployment');
  return useMutation(
    {
      mutationFn: (deploymentUuid: string) =>
        callEndpoint(client, 'deleteDeployment', deleteDeployment, deploymentUuid),
      retry: false,
      onSuccess: (_, deploymentUuid) => {
        const scope = konanKeys.scopeOf(client);
        queryClient.removeQueries({ queryKey: konanKeys.deployment(scope, deploymentUuid) });
        return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
      },
    },
    queryClient,
  );
}
