import { useEffect } from 'react';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanTokenStorage } from '../storage/konan-token-storage.js';
import { supersedes } from '../storage/newer-tokens.js';
import type { SessionFlags } from './use-session-flags.js';

/** Follows the logins, refreshes and logouts of other tabs sharing `storage` (when it can tell). */
export function useTabSync(
  client: KonanCore,
  storage: KonanTokenStorage | undefined,
  flags: SessionFlags,
): void {
  useEffect(() => {
    return storage?.subscribe?.((tokens) => {
      const current = client.session.getState();
      if (!tokens) {
        if (current.status === 'anonymous') return;
        flags.expectingAnonymous = true;
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
      flags.adoptedAccess = tokens.access;
      try {
        client.session.setTokens(tokens);
      } catch {
        // Another tab wrote something unreadable; keep this tab's session.
      }
    });
  }, [client, storage, flags]);
}
