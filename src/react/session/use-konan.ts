import type { KonanSessionValue } from './konan-session-value';
import { useKonanContext } from './use-konan-context';

/** The session: its status (narrow on it for `user` or `error`), `login` and `logout`. */
export function useKonan(): KonanSessionValue {
  return useKonanContext('useKonan').session;
}
