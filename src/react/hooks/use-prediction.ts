import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { callEndpoint } from '../../client/call-endpoint.js';
import type { KonanError } from '../../client/errors.js';
import { predict } from '../../client/predict.js';
import type { KonanJson, KonanPrediction } from '../../client/types.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/**
 * Ask the deployment's live model for a prediction: `mutate(input)`. Each call registers one
 * prediction with Konan, so the library never retries, refetches or replays it: one call, one
 * request, even when it fails, and even offline (it fails at once rather than waiting for the
 * network to come back and sending it later).
 */
export function usePrediction(
  deploymentUuid: string,
): UseMutationResult<KonanPrediction, KonanError, KonanJson> {
  const { client, queryClient } = useKonanQueryContext('usePrediction');
  return useMutation(
    {
      mutationKey: ['konan', 'predict', deploymentUuid],
      mutationFn: (input: KonanJson) =>
        callEndpoint(client, 'predict', predict, deploymentUuid, input),
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
}
