import { useKonanContext } from './konan-context.js';
import type { KonanSessionValue } from './konan-session-value.js';

/** The session: its status (narrow on it for `user` or `error`), `login` and `logout`. */
export function useKonan(): KonanSessionValue {
  return useKonanContext('useKonan').session;
}
