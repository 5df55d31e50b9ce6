import type { KonanTokens } from '../../client/data-types.js';
import type { KonanTokenStorage } from './konan-token-storage.js';

/**
 * Tokens in memory: they survive a remount of `<KonanProvider>` that reuses this storage, not a
 * page reload. The same as passing no storage, but shareable between providers.
 */
export function konanMemoryStorage(): KonanTokenStorage {
  let held: KonanTokens | null = null;
  return {
    get: () => held,
    set: (tokens) => {
      held = tokens ? { access: tokens.access, refresh: tokens.refresh } : null;
    },
  };
}
