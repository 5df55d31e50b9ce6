import { type Context, createContext, useContext } from 'react';

/**
 * A context and the one hook that reads it, after Clerk's `createContextAndHook`. Outside its
 * provider the hook throws at once, with `missing(hookName)`: a message naming the hook that was
 * called and the fix, rather than a `null` read failing somewhere later.
 */
export function createContextAndHook<T>(
  displayName: string,
  missing: (hookName: string) => string,
): [Context<T | null>, (hookName: string) => T] {
  const context = createContext<T | null>(null);
  context.displayName = displayName;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per context, at module level.
  const useContextValue = (hookName: string): T => {
    const value = useContext(context);
    if (value === null) throw new Error(missing(hookName));
    return value;
  };
  return [context, useContextValue];
}
