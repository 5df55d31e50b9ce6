import { type Dispatch, type SetStateAction, useEffect } from 'react';
import type { KonanClient, KonanCore } from '../../client/client-interface.js';
import type { KonanTokens } from '../../client/data-types.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import { IDLE, type SessionPhase } from './session-phase.js';

/**
 * Starts the session from what the provider was given: `tokens` (stored, and adopted by a shared
 * client that has no session yet), else the tokens in `storage`. Ends the `restoring` phase.
 */
export function useRestoreTokens(
  client: KonanCore,
  sharedClient: KonanClient | undefined,
  storage: KonanTokenStorage | undefined,
  initialTokens: KonanTokens | undefined,
  setPhase: Dispatch<SetStateAction<SessionPhase>>,
): void {
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
  }, [client, storage, initialTokens, setPhase]);

  // A shared client passed with tokens starts from them when it has no session yet.
  useEffect(() => {
    if (sharedClient && initialTokens && sharedClient.session.getState().status === 'anonymous') {
      sharedClient.session.setTokens(initialTokens);
    }
  }, [sharedClient, initialTokens]);
}
