import { useEffect, useRef } from 'react';
import { storageIdentity } from '../storage/web-storage.js';

declare const process: { env: { NODE_ENV?: string } } | undefined;

/** Development builds only; a browser without `process` counts as development. */
function isDevelopment(): boolean {
  try {
    return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

type ReadOnceProps = Partial<Record<'authUrl' | 'apiUrl' | 'storage' | 'client', unknown>>;

const identity: { [K in keyof ReadOnceProps]-?: (value: unknown) => unknown } = {
  authUrl: (v) => v,
  apiUrl: (v) => v,
  // `storage={konanLocalStorage()}` inline makes a new object each render, for the same storage.
  storage: storageIdentity,
  client: (v) => v,
};

/**
 * Warns in development when a prop the provider reads once, on mount, changes later (as Stripe's
 * `<Elements>` does for `stripe`): the change has no effect, which is otherwise silent.
 */
export function useReadOnceWarning(props: ReadOnceProps): void {
  const initial = useRef<ReadOnceProps | null>(null);
  if (initial.current === null) initial.current = props;
  const warned = useRef(new Set<string>());
  useEffect(() => {
    if (!isDevelopment()) return;
    const first = initial.current as ReadOnceProps;
    for (const name of Object.keys(identity) as (keyof ReadOnceProps)[]) {
      if (warned.current.has(name)) continue;
      if (Object.is(identity[name](first[name]), identity[name](props[name]))) continue;
      warned.current.add(name);
      console.warn(
        `<KonanProvider>: the \`${name}\` prop changed after mount. It is read once, when the ` +
          'provider mounts, so the change has no effect. To use another value, remount the ' +
          'provider (give it a `key`).',
      );
    }
  });
}
