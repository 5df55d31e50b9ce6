import type { QueryClient } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import { KonanSessionError } from '../../client/errors.js';
import { createContextAndHook } from './create-context-and-hook.js';
import type { KonanSessionValue } from './konan-session-value.js';

/** What the provider shares with its hooks. Internal: apps use `useKonan()`. */
export interface KonanContextValue {
  session: KonanSessionValue;
  /**
   * The provider's client (at least its session half): hooks call endpoints on it through
   * `../endpoints.js`, which imports only the endpoints they use.
   */
  client: KonanCore;
  queryClient: QueryClient;
  /** Resolves the next time the session leaves `authenticating` (what Suspense hooks wait on). */
  whenSettled(): Promise<void>;
}

/** The provider's context, and the hook every Konan hook reads it with. */
export const [KonanContext, useKonanContext] = createContextAndHook<KonanContextValue>(
  'KonanContext',
  (hookName) =>
    `${hookName} must be used inside <KonanProvider>. ` +
    'Wrap your app: <KonanProvider apiKey=...>...</KonanProvider>',
);

/** `client` and `queryClient` for a hook, and whether its queries may run (only when authenticated). */
export interface KonanQueryContext {
  client: KonanCore;
  queryClient: QueryClient;
  /** Queries only run in an authenticated session; otherwise they wait with `fetchStatus: 'idle'`. */
  authenticated: boolean;
}

export function useKonanQueryContext(hookName: string): KonanQueryContext {
  const { session, client, queryClient } = useKonanContext(hookName);
  return { client, queryClient, authenticated: session.status === 'authenticated' };
}

/**
 * For Suspense hooks, which cannot be disabled: suspend while the session is being established,
 * and throw to the nearest error boundary when there is none, instead of suspending forever.
 */
export function useAuthenticatedKonanContext(hookName: string): KonanQueryContext {
  const { session, client, queryClient, whenSettled } = useKonanContext(hookName);
  switch (session.status) {
    case 'authenticated':
      return { client, queryClient, authenticated: true };
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
