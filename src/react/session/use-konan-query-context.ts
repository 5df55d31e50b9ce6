import type { QueryClient } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-types.js';
import { KonanSessionError } from '../../client/errors.js';
import { useKonanContext } from './use-konan-context.js';

interface KonanQueryContext {
  /** The provider's client: call endpoints on it with `callEndpoint`. */
  client: KonanCore;
  queryClient: QueryClient;
  /** Queries only run in an authenticated session; otherwise they wait with `fetchStatus: 'idle'`. */
  authenticated: boolean;
}

export function useKonanQueryContext(hookName: string): KonanQueryContext {
  const { session, core, queryClient } = useKonanContext(hookName);
  return { client: core, queryClient, authenticated: session.status === 'authenticated' };
}

/**
 * For Suspense hooks, which cannot be disabled: suspend while the session is being established,
 * and throw to the nearest error boundary when there is none, instead of suspending forever.
 */
export function useAuthenticatedKonanContext(hookName: string): KonanQueryContext {
  const { session, core, queryClient, whenSettled } = useKonanContext(hookName);
  switch (session.status) {
    case 'authenticated':
      return { client: core, queryClient, authenticated: true };
    case 'authenticating':
      throw whenSettled();
    case 'error':
      throw session.error;
    case 'anonymous':
      throw new KonanSessionError('not_authenticated', {
        message: `${hookName} needs a logged-in Konan session. Render it only when useKonan().status is 'authenticated', or log in first.`,
      });
  }
}
