import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';
import { useOwnInstance } from './use-own-instance.js';

/**
 * The QueryClient for Konan's queries: the one passed in, else the enclosing
 * `<QueryClientProvider>`'s, else one of the provider's own. `outer` tells whether an enclosing
 * provider exists (then the app's own provider is never shadowed).
 */
export function useKonanQueryClient(given: QueryClient | undefined): {
  queryClient: QueryClient;
  outer: boolean;
} {
  const outerQueryClient = useContext(QueryClientContext);
  const own = useOwnInstance(!given && !outerQueryClient, () => new QueryClient());
  return {
    queryClient: (given ?? outerQueryClient ?? own) as QueryClient,
    outer: Boolean(outerQueryClient),
  };
}
