import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { KonanClient, KonanCore } from '../../client/client-interface.js';
import type { KonanCredentials, KonanTokens } from '../../client/data-types.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import { KonanContext, type KonanContextValue } from './konan-context.js';
import type { KonanSessionValue } from './konan-session-value.js';
import {
  AUTHENTICATING,
  IDLE,
  RESTORING,
  type SessionPhase,
  sessionStatus,
} from './session-phase.js';
import { type AutoLogin, autoLoginOf, useAutoLogin } from './use-auto-login.js';
import { useFollowSession } from './use-follow-session.js';
import { useKonanCore } from './use-konan-core.js';
import { useKonanQueryClient } from './use-konan-query-client.js';
import { useLoginSequence } from './use-login-sequence.js';
import { useReadOnceWarning } from './use-read-once-warning.js';
import { useRestoreTokens } from './use-restore-tokens.js';
import { useSessionFlags } from './use-session-flags.js';
import { useSettledWaiters } from './use-settled-waiters.js';
import { useTabSync } from './use-tab-sync.js';

export interface KonanProviderProps {
  children?: ReactNode;
  /** Defaults to hosted Konan, `https://auth.konan.ai`. Read once, when the client is created. */
  authUrl?: string;
  /** Defaults to hosted Konan, `https://api.konan.ai`. Read once, when the client is created. */
  apiUrl?: string;
  /** Log in with these on mount (once, also under StrictMode), and again when they change. */
  credentials?: KonanCredentials;
  /** Log in with this API key on mount (once, also under StrictMode), and again when it changes. */
  apiKey?: string;
  /** Tokens of an existing session to start from. They take precedence over `storage`. */
  tokens?: KonanTokens;
  /** A client to share with code outside React. `authUrl`, `apiUrl` are then ignored. Read once. */
  client?: KonanClient;
  /**
   * The QueryClient for Konan's queries. Defaults to the one of an enclosing
   * `<QueryClientProvider>`, or one of the provider's own when there is none.
   */
  queryClient?: QueryClient;
  /**
   * Where tokens persist: `konanSessionStorage()` or `konanLocalStorage()` (which also follows
   * logins and logouts of other tabs). Default: memory only. Read once, on mount. Only tokens are
   * stored, never a password or an API key.
   */
  storage?: KonanTokenStorage;
}

/** The client's session state, re-rendering on every change. */
function useSessionState(client: KonanCore) {
  const subscribe = useCallback(
    (onChange: () => void) => client.session.subscribe(() => onChange()),
    [client],
  );
  const getState = useCallback(() => client.session.getState(), [client]);
  return useSyncExternalStore(subscribe, getState, getState);
}

/** What the provider knows beyond the client's state; it starts authenticating or restoring. */
function useSessionPhase(
  client: KonanCore,
  autoLogin: AutoLogin | null,
  storage: KonanTokenStorage | undefined,
  initialTokens: KonanTokens | undefined,
) {
  return useState<SessionPhase>(() => {
    if (autoLogin) return AUTHENTICATING;
    // Storage is only read in an effect (never during a server render), so until then the session
    // reads as authenticating rather than flashing `anonymous`.
    if (storage && !initialTokens && client.session.getState().status === 'anonymous') {
      return RESTORING;
    }
    return IDLE;
  });
}

/**
 * Gives every hook below it a Konan session and client, and the QueryClient that caches Konan's
 * data. Logging out or in as someone else clears every Konan query of this session; queries of
 * other providers sharing the QueryClient (another server or account) are left alone.
 */
export function KonanProvider(props: KonanProviderProps): ReactNode {
  useReadOnceWarning(props);
  const { queryClient, outer } = useKonanQueryClient(props.queryClient);
  const client = useKonanCore(props);
  // Read once: an inline `storage={konanLocalStorage()}` must not resubscribe on every render.
  const [storage] = useState(() => props.storage);
  const [initialTokens] = useState(() => props.tokens);
  const autoLogin = autoLoginOf(props);

  const state = useSessionState(client);
  const [phase, setPhase] = useSessionPhase(client, autoLogin, storage, initialTokens);
  const flags = useSessionFlags();
  useFollowSession(client, queryClient, storage, flags, setPhase);
  useRestoreTokens(client, props.client, storage, initialTokens, setPhase);
  useTabSync(client, storage, flags);
  const { login, logout } = useLoginSequence(client, queryClient, storage, flags, setPhase);
  useAutoLogin(autoLogin, login);

  const status = useMemo(() => sessionStatus(phase, state), [phase, state]);
  const whenSettled = useSettledWaiters(status.status);

  const session = useMemo(
    (): KonanSessionValue => ({ ...status, login, logout }),
    [status, login, logout],
  );
  const value = useMemo(
    (): KonanContextValue => ({ session, client, queryClient, whenSettled }),
    [session, client, queryClient, whenSettled],
  );

  const content = <KonanContext.Provider value={value}>{props.children}</KonanContext.Provider>;
  // Konan's hooks pass their QueryClient explicitly; the app's own provider is never shadowed.
  if (outer) return content;
  return <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}
