import { useRef } from 'react';

/** What the provider's session hooks tell each other, outside React state. */
export interface SessionFlags {
  /** Logins under way: a session lost meanwhile is theirs to report. */
  pendingLogins: number;
  /** The next loss of the session was asked for (logout, another tab's logout): not an error. */
  expectingAnonymous: boolean;
  /** The access token last adopted from another tab, which this tab must not store again. */
  adoptedAccess: string | null;
}

/** One stable set of flags for the provider's lifetime. */
export function useSessionFlags(): SessionFlags {
  return useRef<SessionFlags>({
    pendingLogins: 0,
    expectingAnonymous: false,
    adoptedAccess: null,
  }).current;
}
