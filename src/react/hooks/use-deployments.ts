import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { KonanError } from '../../client/errors';
import type { KonanDeployment } from '../../client/types';
import { konanQueries } from '../query/konan-queries';
import { useKonanQueryContext } from '../session/use-konan-query-context';

/** Every deployment of the account (all pages). Waits, idle, until the session is authenticated. */
export function useDeployments(): UseQueryResult<KonanDeployment[], KonanError> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useDeployments');
  return useQuery({ ...konanQueries.deployments(client), enabled: authenticated }, queryClient);
}
