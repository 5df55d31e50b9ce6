import {
  type UseSuspenseInfiniteQueryResult,
  useSuspenseInfiniteQuery,
} from '@tanstack/react-query';
import type { KonanPredictionsPage, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import type { KonanPredictionsKey } from '../query/konan-keys.js';
import { predictionsQuery } from '../query/predictions-query.js';
import { useAuthenticatedKonanContext } from '../session/konan-context.js';
import { type KonanSuspenseInfiniteQueryOptions, queryBase } from './hook-options.js';
import type { KonanPredictionsPages } from './use-predictions.js';

/** `usePredictions` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspensePredictions<TData = KonanPredictionsPages>(
  deploymentUuid: string,
  timeWindow: KonanTimeWindowInput,
  options: KonanSuspenseInfiniteQueryOptions<
    KonanPredictionsPage,
    TData,
    KonanPredictionsKey,
    string | null
  > = {},
): UseSuspenseInfiniteQueryResult<TData, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspensePredictions');
  return useSuspenseInfiniteQuery<
    KonanPredictionsPage,
    KonanError,
    TData,
    KonanPredictionsKey,
    string | null
  >(
    { ...queryBase(predictionsQuery(client, deploymentUuid, timeWindow)), ...options },
    queryClient,
  );
}
