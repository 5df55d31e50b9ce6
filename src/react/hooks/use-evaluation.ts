import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';
import { UNSET_WINDOW } from './unset-window.js';

/**
 * The deployment's metrics over a time window. The window is part of the query key (as ISO
 * strings): keep it stable between renders (state or `useMemo`), not `new Date()` on every render.
 * Pass `undefined` for either argument to wait.
 */
export function useEvaluation(
  deploymentUuid: string | undefined,
  timeWindow: KonanTimeWindow | undefined,
): UseQueryResult<KonanEvaluation, KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useEvaluation');
  return useQuery(
    {
      ...konanQueries.evaluation(client, deploymentUuid ?? '', timeWindow ?? UNSET_WINDOW),
      enabled: authenticated && Boolean(deploymentUuid) && Boolean(timeWindow),
    },
    queryClient,
  );
}
