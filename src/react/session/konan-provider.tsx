import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { KonanClient, KonanCore } from '../../client/client-types.js';
import { createKonanCore } from '../../client/create-core.js';
import { KonanSessionError } from '../../client/errors.js';
import type {
  KonanCredentials,
  KonanLoginInput,
  KonanTokens,
  KonanUser,
} from '../../client/types.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import { supersedes } from '../storage/newer-tokens.js';
import { KonanContext, type KonanContextValue } from './konan-context.js';
import type { KonanSessionValue } from './konan-session-value.js';
import {
  AUTHENTICATING,
  asKonanError,
  IDLE,
  identityOf,
  LOGGING_OUT,
  RESTORING,
  type SessionPhase,
  sessionStatus,
} from './session-phase.js';
import { useOwnInstance } from './use-own-instance.js';

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
  /** A client to share with code outside React. `authUrl`, `apiUrl` are then ignored. */
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

function autoLoginOf(props: KonanProviderProps): { key: string; input: KonanLoginInput } | null {
  if (props.apiKey) return { key: `key\u0000${props.apiKey}`, input: { apiKey: props.apiKey } };
  if (props.credentials) {
    const { email, password } = props.credentials;
    return { key: `password\u0000${email}\u0000${password}`, input: { email, password } };
  }
  return null;
}

/**
 * Gives every hook below it a Konan session and client, and the QueryClient that caches Konan's
 * data. Logging out or in as someone else clears every Konan query of this session; queries of
 * other providers sharing the QueryClient (another server or account) are left alone.
 */
export function KonanProvider(props: KonanProviderProps): ReactNode {
  const outerQueryClient = useContext(QueryClientContext);
  const ownQueryClient = useOwnInstance(
    !props.queryClient && !outerQueryClient,
    () => new QueryClient(),
  );
  const queryClient = (props.queryClient ?? outerQueryClient ?? ownQueryClient) as QueryClient;

  const ownClient = useOwnInstance(!props.client, () =>
    createKonanCore({
      ...(props.authUrl !== undefined && { authUrl: props.authUrl }),
      ...(props.apiUrl !== undefined && { apiUrl: props.apiUrl }),
      ...(props.tokens !== undefined && { tokens: props.tokens }),
    }),
  );
  const client = (props.client ?? ownClient) as KonanCore;

  // Read once: an inline `storage={konanLocalStorage()}` must not resubscribe on every render.
  const [storage] = useState(() => props.storage);
  const [initialTokens] = useState(() => props.tokens);

  const autoLogin = autoLoginOf(props);
  const autoLoginInput = useRef<KonanLoginInput | null>(null);
  autoLoginInput.current = autoLogin?.input ?? null;

  const subscribe = useCallback(
    (onChange: () => void) => client.session.subscribe(() => onChange()),
    [client],
  );
  const getState = useCallback(() => client.session.getState(), [client]);
  const state = useSyncExternalStore(subscribe, getState, getState);

  const [phase, setPhase] = useState<SessionPhase>(() => {
    if (autoLogin) return AUTHENTICATING;
    // Storage is only read in an effect (never during a server render), so until then the session
    // reads as authenticating rather than flashing `anonymous`.
    if (storage && !initialTokens && client.session.getState().status === 'anonymous') {
      return RESTORING;
    }
    return IDLE;
  });

  const loginSeq = useRef(0);
  const pendingLogins = useRef(0);
  const expectingAnonymous = useRef(false);
  const inFlightLogin = useRef<AbortController | null>(null);
  /** The access token last adopted from another tab, which this tab must not store again. */
  const adoptedAccess = useRef<string | null>(null);

  // Follow the client's session: clear the cache when the user changes, persist tokens, and turn
  // an unasked-for loss of the session (refresh and re-login both failed) into a visible error.
  useEffect(() => {
    let previous = client.session.getState();
    let identity = identityOf(previous);
    return client.session.subscribe((next) => {
      const nextIdentity = identityOf(next);
      if (identity !== null && nextIdentity !== identity) {
        // Only this session's queries: other providers may share the QueryClient.
        queryClient.removeQueries({
          queryKey: konanKeys.session(konanKeys.scopeOf(client, previous)),
        });
      }
      previous = next;
      const lost = identity !== null && nextIdentity === null;
      identity = nextIdentity;
      // Tokens that came from another tab are already stored: writing them back would echo them.
      if (next.status !== 'authenticated' || next.tokens.access !== adoptedAccess.current) {
        storage?.set(next.status === 'authenticated' ? next.tokens : null);
      }
      if (next.status === 'authenticated') {
        setPhase((p) => (p.kind === 'error' ? IDLE : p));
      } else if (lost) {
        if (expectingAnonymous.current || pendingLogins.current > 0) {
          expectingAnonymous.current = false;
        } else {
          setPhase({ kind: 'error', error: new KonanSessionError('session_expired') });
        }
      }
    });
  }, [client, queryClient, storage]);

  // Restore tokens from storage, and follow logins and logouts of other tabs.
  useEffect(() => {
    if (!storage) return;
    if (initialTokens) {
      storage.set(initialTokens);
    } else if (client.session.getState().status === 'anonymous') {
      const stored = storage.get();
      if (stored) {
        try {
          client.session.setTokens(stored);
        } catch {
          storage.set(null); // undecodable leftovers: forget them
        }
      }
    }
    setPhase((p) => (p.kind === 'restoring' ? IDLE : p));
    return storage.subscribe?.((tokens) => {
      const current = client.session.getState();
      if (!tokens) {
        if (current.status === 'anonymous') return;
        expectingAnonymous.current = true;
        client.session.setTokens(null);
        return;
      }
      if (current.status === 'authenticated') {
        if (current.tokens.access === tokens.access) return;
        // Two tabs that refreshed at once would otherwise swap tokens forever. Both keep the
        // winner; a tab holding it stores it again, and the other tab adopts it without a reply.
        if (!supersedes(tokens, current)) {
          storage.set(current.tokens);
          return;
        }
      }
      adoptedAccess.current = tokens.access;
      try {
        client.session.setTokens(tokens);
      } catch {
        // Another tab wrote something unreadable; keep this tab's session.
      }
    });
  }, [client, storage, initialTokens]);

  // A shared client passed with tokens starts from them when it has no session yet.
  useEffect(() => {
    if (props.client && initialTokens && props.client.session.getState().status === 'anonymous') {
      props.client.session.setTokens(initialTokens);
    }
  }, [props.client, initialTokens]);

  const login = useCallback(
    async (input: KonanLoginInput): Promise<KonanUser> => {
      const seq = ++loginSeq.current;
      // Only the latest login may decide the session; an older one still running is abandoned.
      inFlightLogin.current?.abort();
      const abort = new AbortController();
      inFlightLogin.current = abort;
      pendingLogins.current += 1;
      expectingAnonymous.current = false;
      // Never show the previous user's data while someone else logs in.
      if (client.session.getState().status === 'authenticated') {
        queryClient.removeQueries({ queryKey: konanKeys.session(konanKeys.scopeOf(client)) });
      }
      setPhase(AUTHENTICATING);
      try {
        const user = await client.login(input, { signal: abort.signal });
        if (seq === loginSeq.current) setPhase(IDLE);
        return user;
      } catch (cause) {
        const error = asKonanError(cause);
        if (seq === loginSeq.current) setPhase({ kind: 'error', error });
        throw error;
      } finally {
        pendingLogins.current -= 1;
        if (inFlightLogin.current === abort) inFlightLogin.current = null;
      }
    },
    [client, queryClient],
  );

  const logout = useCallback(async (): Promise<void> => {
    const seq = ++loginSeq.current;
    inFlightLogin.current?.abort(); // a login still running must not log back in afterwards
    expectingAnonymous.current = true;
    setPhase(LOGGING_OUT);
    queryClient.removeQueries({ queryKey: konanKeys.session(konanKeys.scopeOf(client)) });
    storage?.set(null); // other tabs log out now, not after the server answers
    try {
      await client.logout();
    } finally {
      if (client.session.getState().status !== 'anonymous') client.session.setTokens(null);
      if (seq === loginSeq.current) setPhase(IDLE);
    }
  }, [client, queryClient, storage]);

  // StrictMode runs effects twice on mount; the ref keeps it to one login per distinct credentials.
  const autoLoginKey = autoLogin?.key ?? null;
  const lastAutoLogin = useRef<string | null>(null);
  useEffect(() => {
    const input = autoLoginInput.current;
    if (!autoLoginKey || !input || lastAutoLogin.current === autoLoginKey) return;
    lastAutoLogin.current = autoLoginKey;
    login(input).catch(() => {
      // Reported through `useKonan()` as `status: 'error'`.
    });
  }, [autoLoginKey, login]);

  const status = useMemo(() => sessionStatus(phase, state), [phase, state]);

  const waiters = useRef(new Set<() => void>());
  const whenSettled = useCallback(
    () => new Promise<void>((resolve) => waiters.current.add(resolve)),
    [],
  );
  useEffect(() => {
    if (status.status === 'authenticating') return;
    for (const resolve of waiters.current) resolve();
    waiters.current.clear();
  }, [status.status]);

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
  if (outerQueryClient) return content;
  return <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}
