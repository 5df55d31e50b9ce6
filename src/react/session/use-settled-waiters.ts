import { useCallback, useEffect, useRef } from 'react';
import type { KonanSessionStatus } from './konan-session-value.js';

/**
 * `whenSettled()`: a promise that resolves the next time the session leaves `authenticating`,
 * which Suspense hooks throw while a login or a restore is under way.
 */
export function useSettledWaiters(status: KonanSessionStatus): () => Promise<void> {
  const waiters = useRef(new Set<() => void>());
  const whenSettled = useCallback(
    () => new Promise<void>((resolve) => waiters.current.add(resolve)),
    [],
  );
  useEffect(() => {
    if (status === 'authenticating') return;
    for (const resolve of waiters.current) resolve();
    waiters.current.clear();
  }, [status]);
  return whenSettled;
}
