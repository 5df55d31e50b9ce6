import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { KonanJson, KonanPrediction } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callPredict } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import type { KonanMutationOptions } from './hook-options.js';

/** What `usePrediction` takes last: TanStack's mutation options, but never a retry. */
export type UsePredictionOptions = Omit<
  KonanMutationOptions<KonanPrediction, KonanJson>,
  'retry' | 'retryDelay' | 'networkMode'
>;

/**
 * Ask the deployment's live model for a prediction: `mutate(input)`. Each call registers one
 * prediction with Konan, so the library never retries, refetches or replays it: one call, one
 * request, even when it fails, and even offline (it fails at once rather than waiting for the
 * network to come back and sending it later). Its key is `konanKeys.mutations.predict(scope, uuid)`.
 */
export function usePrediction(
  deploymentUuid: string,
  options: UsePredictionOptions = {},
): UseMutationResult<KonanPrediction, KonanError, KonanJson> {
  const { client, queryClient } = useKonanQueryContext('usePrediction');
  return useMutation(
    {
      ...options,
      mutationKey: konanKeys.mutations.predict(konanKeys.scopeOf(client), deploymentUuid),
      mutationFn: (input: KonanJson) => callPredict(client, deploymentUuid, input),
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
}
