import type { UseMutationResult } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import { callDeleteDeployment } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanMutationOptions } from './hook-options.js';
import { useKonanMutation } from './use-konan-mutation.js';

/**
 * Delete a deployment: `mutate(deploymentUuid)`. Drops its cached data, refreshes the list. Its
 * key is `konanKeys.mutations.deleteDeployment(scope)`.
 */
export function useDeleteDeployment(
  options: KonanMutationOptions<void, string> = {},
): UseMutationResult<void, KonanError, string> {
  return useKonanMutation<void, string>(
    'useDeleteDeployment',
    options,
    ({ client, queryClient, scope }) => ({
      mutationKey: konanKeys.mutations.deleteDeployment(scope),
      mutationFn: (deploymentUuid: string) => callDeleteDeployment(client, deploymentUuid),
      onSuccess: (_: unknown, deploymentUuid: string) => {
        queryClient.removeQueries({ queryKey: konanKeys.deployment(scope, deploymentUuid) });
        return queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) });
      },
    }),
  );
}
