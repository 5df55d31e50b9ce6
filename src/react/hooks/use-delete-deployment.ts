import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import { callDeleteDeployment } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { type KonanMutationOptions, withMutationCallbacks } from './hook-options.js';

/**
 * Delete a deployment: `mutate(deploymentUuid)`. Drops its cached data, refreshes the list. Its
 * key is `konanKeys.mutations.deleteDeployment(scope)`.
 */
export function useDeleteDeployment(
  options: KonanMutationOptions<void, string> = {},
): UseMutationResult<void, KonanError, string> {
  const { client, queryClient } = useKonanQueryContext('useDeleteDeployment');
  const scope = konanKeys.scopeOf(client);
  return useMutation(
    {
      retry: false,
      ...withMutationCallbacks(options, {
        onSuccess: (_: unknown, deploymentUuid: string) => {
          queryClient.removeQueries({ queryKey: konanKeys.deployment(scope, deploymentUuid) });
          return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
        },
      }),
      mutationKey: konanKeys.mutations.deleteDeployment(scope),
      mutationFn: (deploymentUuid: string) => callDeleteDeployment(client, deploymentUuid),
    },
    queryClient,
  );
}
