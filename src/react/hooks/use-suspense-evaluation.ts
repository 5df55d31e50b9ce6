import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { KonanEvaluation, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { evaluationQuery } from '../query/evaluation-query.js';
import type { KonanEvaluationKey } from '../query/konan-keys.js';
import { useAuthenticatedKonanContext } from '../session/konan-context.js';
import { type KonanSuspenseQueryOptions, queryBase } from './hook-options.js';

/** `useEvaluation` for Suspense: suspends while loading or logging in; errors go to the boundary. */
export function useSuspenseEvaluation<TData = KonanEvaluation>(
  deploymentUuid: string,
  timeWindow: KonanTimeWindowInput,
  options: KonanSuspenseQueryOptions<KonanEvaluation, TData, KonanEvaluationKey> = {},
): UseSuspenseQueryResult<TData, KonanError> {
  const { client, queryClient } = useAuthenticatedKonanContext('useSuspenseEvaluation');
  return useSuspenseQuery<KonanEvaluation, KonanError, TData, KonanEvaluationKey>(
    { ...queryBase(evaluationQuery(client, deploymentUuid, timeWindow)), ...options },
    queryClient,
  );
}
