import { useRef } from 'react';

/**
 * An instance created on the first render that needs it and kept for the component's lifetime,
 * or `null` while it is not needed (the caller was given one).
 */
export function useOwnInstance<T>(needed: boolean, create: () => T): T | null {
  const ref = useRef<T | null>(null);
  if (needed && ref.current === null) ref.current = create();
  return needed ? ref.current : null;
}
