import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint';
import type { KonanError } from '../../client/errors';
import { deleteModel } from '../../client/models';
import { konanKeys } from '../query/konan-keys';
import { useKonanQueryContext } from '../session/use-konan-query-context';

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
        queryClient.invalidateQueries({ queryKey: konanKeys.models(deploymentUuid) }),
    },
    queryClient,
  );
}
