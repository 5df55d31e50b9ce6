import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint.js';
import type { KonanError } from '../../client/errors.js';
import { deleteModel } from '../../client/models.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/** Delete one of the deployment's models: `mutate(modelUuid)`. Refreshes its models. */
export function useDeleteModel(
  deploymentUuid: string,
): UseMutationResult<void, KonanError, string> {
  const { client, queryClient } = useKonanQueryContext('useDeleteModel');
  return useMutation(
    {
      mutationFn: (modelUuid: string) =>
        callEndpoint(client, 'deleteModel', deleteModel, modelUuid),
      retry: false,
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: konanKeys.models(konanKeys.scopeOf(client), deploymentUuid),
        }),
    },
    queryClient,
  );
}
