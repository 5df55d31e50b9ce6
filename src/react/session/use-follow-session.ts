import type { QueryClient } from '@tanstack/react-query';
import { type Dispatch, type SetStateAction, useEffect } from 'react';
import type { KonanCore } from '../../client/client-interface.js';
import { KonanSessionError } from '../../client/errors.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import { IDLE, identityOf, type SessionPhase } from './session-phase.js';
import type { SessionFlags } from './use-session-flags.js';

/**
 * Follows the client's session: clears this session's cache when the user changes, persists
 * tokens, and turns an unasked-for loss of the session (refresh and re-login both failed) into a
 * visible error.
 */
export function useFollowSession(
  client: KonanCore,
  queryClient: QueryClient,
  storage: KonanTokenStorage | undefined,
  flags: SessionFlags,
  setPhase: Dispatch<SetStateAction<SessionPhase>>,
): void {
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
      if (next.status !== 'authenticated' || next.tokens.access !== flags.adoptedAccess) {
        storage?.set(next.status === 'authenticated' ? next.tokens : null);
      }
      if (next.status === 'authenticated') {
        setPhase((p) => (p.kind === 'error' ? IDLE : p));
      } else if (lost) {
        if (flags.expectingAnonymous || flags.pendingLogins > 0) {
          flags.expectingAnonymous = false;
        } else {
          setPhase({ kind: 'error', error: new KonanSessionError('session_expired') });
        }
      }
    });
  }, [client, queryClient, storage, flags, setPhase]);
}
