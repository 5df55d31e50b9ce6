import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';
import type { KonanDeployment } from '../../client/types.js';
import { konanQueries } from '../query/konan-queries.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';

/** Every deployment of the account (all pages). Waits, idle, until the session is authenticated. */
export function useDeployments(): UseQueryResult<KonanDeployment[], KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useDeployments');
  return useQuery({ ...konanQueries.deployments(client), enabled: authenticated }, queryClient);
}
