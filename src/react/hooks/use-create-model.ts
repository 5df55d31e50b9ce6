import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint';
import type { KonanError } from '../../client/errors';
import { createModel } from '../../client/models';
import type { KonanModel, KonanModelCreationRequest } from '../../client/types';
import { konanKeys } from '../query/konan-keys';
import { useKonanQueryContext } from '../session/use-konan-query-context';

/** Add a model to a deployment (a challenger unless `state` says otherwise). Refreshes its models. */
export function useCreateModel(
  deploymentUuid: string,
): UseMutationResult<KonanModel, KonanError, KonanModelCreationRequest> {
  const { client, queryClient } = useKonanQueryContext('useCreateModel');
  return useMutation(
    {
      mutationFn: (request: KonanModelCreationRequest) =>
        callEndpoint(client, 'createModel', createModel, deploymentUuid, request),
      retry: false,
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: konanKeys.models(deploymentUuid) }),
    },
    queryClient,
  );
}
