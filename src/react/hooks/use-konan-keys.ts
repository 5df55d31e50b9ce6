import { useMemo } from 'react';
import { konanKeys } from '../query/konan-keys.js';
import { type KonanSessionKeys, konanSessionKeys } from '../query/konan-session-keys.js';
import { useKonanContext } from '../session/konan-context.js';

/**
 * The query keys of this provider's session (its API server and user), for
 * `invalidateQueries`, `getQueryData` and `setQueryData`. They change when another user logs in.
 */
export function useKonanKeys(): KonanSessionKeys {
  // The provider re-renders its consumers on every login and logout, so this reads the new user.
  const { api, user } = konanKeys.scopeOf(useKonanContext('useKonanKeys').client);
  return useMemo(() => konanSessionKeys({ api, user }), [api, user]);
}
