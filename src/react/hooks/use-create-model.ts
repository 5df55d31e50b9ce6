import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint.js';
import type { KonanError } from '../../client/errors.js';
import { createModel } from '../../client/models.js';
import type { KonanModel, KonanModelCreationRequest } from '../../client/types.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

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
        queryClient.invalidateQueries({
          queryKey: konanKeys.models(konanKeys.scopeOf(client), deploymentUuid),
        }),
    },
    queryClient,
  );
}
