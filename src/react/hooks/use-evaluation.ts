import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanEvaluation, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { evaluationQuery } from '../query/evaluation-query.js';
import type { KonanEvaluationKey } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { enabledForWindow, type KonanQueryOptions, queryBase } from './hook-options.js';
import { UNSET_WINDOW } from './unset-window.js';

/**
 * The deployment's metrics over a time window. A relative window (`{ last: { days: 7 } }`) ends at "now"
 * whenever the query runs (refetch, focus, invalidation); a fixed one is part of the query key as
 * ISO strings, so keep it stable between renders (state or `useMemo`), not `new Date()` each time.
 * Pass `undefined` for either argument to wait. `options` are TanStack's (`select`,
 * `refetchInterval`, `staleTime`, `enabled`, …).
 */
export function useEvaluation<TData = KonanEvaluation>(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindowInput | undefined,
  options: KonanQueryOptions<KonanEvaluation, TData, KonanEvaluationKey> = {},
): UseQueryResult<TData, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useEvaluation');
  return useQuery<KonanEvaluation, KonanError, TData, KonanEvaluationKey>(
    {
      ...queryBase(evaluationQuery(client, deploymentUuid ?? '', timeWindow ?? UNSET_WINDOW)),
      ...options,
      enabled: enabledForWindow(authenticated, deploymentUuid, timeWindow, options.enabled),
    },
    queryClient,
  );
}
