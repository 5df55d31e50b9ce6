import type { QueryClient } from '@tanstack/react-query';
import { type Dispatch, type SetStateAction, useCallback, useRef } from 'react';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanLoginInput, KonanUser } from '../../client/data-types.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import type { KonanSessionActions } from './konan-session-value.js';
import {
  AUTHENTICATING,
  asKonanError,
  IDLE,
  LOGGING_OUT,
  type SessionPhase,
} from './session-phase.js';
import type { SessionFlags } from './use-session-flags.js';

/**
 * `login` and `logout`, in sequence: only the latest call decides the session and its phase; a
 * login still running when another login or a logout starts is abandoned.
 */
export function useLoginSequence(
  client: KonanCore,
  queryClient: QueryClient,
  storage: KonanTokenStorage | undefined,
  flags: SessionFlags,
  setPhase: Dispatch<SetStateAction<SessionPhase>>,
): KonanSessionActions {
  const loginSeq = useRef(0);
  const inFlightLogin = useRef<AbortController | null>(null);

  const login = useCallback(
    async (input: KonanLoginInput): Promise<KonanUser> => {
      const seq = ++loginSeq.current;
      inFlightLogin.current?.abort();
      const abort = new AbortController();
      inFlightLogin.current = abort;
      flags.pendingLogins += 1;
      flags.expectingAnonymous = false;
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
        flags.pendingLogins -= 1;
        if (inFlightLogin.current === abort) inFlightLogin.current = null;
      }
    },
    [client, queryClient, flags, setPhase],
  );

  const logout = useCallback(async (): Promise<void> => {
    const seq = ++loginSeq.current;
    inFlightLogin.current?.abort(); // a login still running must not log back in afterwards
    flags.expectingAnonymous = true;
    setPhase(LOGGING_OUT);
    queryClient.removeQueries({ queryKey: konanKeys.session(konanKeys.scopeOf(client)) });
    storage?.set(null); // other tabs log out now, not after the server answers
    try {
      await client.logout();
    } finally {
      if (client.session.getState().status !== 'anonymous') client.session.setTokens(null);
      if (seq === loginSeq.current) setPhase(IDLE);
    }
  }, [client, queryClient, storage, flags, setPhase]);

  return { login, logout };
}
