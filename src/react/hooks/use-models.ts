import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanModel } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/**
 * The models of a deployment. Pass `undefined` until a deployment is chosen: the query waits.
 */
export function useModels(
  deploymentUuid: string | undefined,
): UseQueryResult<KonanModel[], KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useModels');
  return useQuery(
    {
      ...konanQueries.models(client, deploymentUuid ?? ''),
      enabled: authenticated && Boolean(deploymentUuid),
    },
    queryClient,
  );
}
