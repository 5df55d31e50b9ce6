import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';
import type { KonanSessionValue } from './konan-session-value';

/** What the provider shares with its hooks. Internal: apps use `useKonan()`. */
export interface KonanContextValue {
  session: KonanSessionValue;
  queryClient: QueryClient;
  /** Resolves the next time the session leaves `authenticating` (what Suspense hooks wait on). */
  whenSettled(): Promise<void>;
}

export const KonanContext = createContext<KonanContextValue | null>(null);
KonanContext.displayName = 'KonanContext';
