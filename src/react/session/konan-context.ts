import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';
import type { KonanCore } from '../../client/client-types.js';
import type { KonanSessionValue } from './konan-session-value.js';

/** What the provider shares with its hooks. Internal: apps use `useKonan()`. */
export interface KonanContextValue {
  session: KonanSessionValue;
  /** The provider's client (at least its session half: hooks import the endpoints they call). */
  core: KonanCore;
  queryClient: QueryClient;
  /** Resolves the next time the session leaves `authenticating` (what Suspense hooks wait on). */
  whenSettled(): Promise<void>;
}

export const KonanContext = createContext<KonanContextValue | null>(null);
KonanContext.displayName = 'KonanContext';
