import type { KonanTokenStorage } from './konan-token-storage.js';
import { parseStoredTokens, serializeTokens } from './konan-token-storage.js';

export const KONAN_DEFAULT_STORAGE_KEY = 'konan.tokens';

export interface KonanWebStorageOptions {
  /** The storage key. Default `konan.tokens`; give each provider its own when several coexist. */
  key?: string;
}

type WebStorageName = 'localStorage' | 'sessionStorage';

// Which area and key a web storage made here reads: two calls of `konanLocalStorage()` are the
// same storage, though not the same object.
const identities = new WeakMap<KonanTokenStorage, string>();

/** What tells one storage from another: its area and key when made here, else the object. */
export function storageIdentity(storage: unknown): unknown {
  return (storage && identities.get(storage as KonanTokenStorage)) ?? storage;
}

// Looked up on each call, never at import, so server rendering and private browsing modes (where
// touching the storage throws) simply behave as "nothing stored".
function area(name: WebStorageName): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[name];
  } catch {
    return null;
  }
}

function webStorage(name: WebStorageName, options: KonanWebStorageOptions): KonanTokenStorage {
  const key = options.key ?? KONAN_DEFAULT_STORAGE_KEY;
  const storage: KonanTokenStorage = {
    get: () => {
      try {
        return parseStoredTokens(area(name)?.getItem(key) ?? null);
      } catch {
        return null;
      }
    },
    set: (tokens) => {
      try {
        const target = area(name);
        if (!target) return;
        if (tokens) target.setItem(key, serializeTokens(tokens));
        else target.removeItem(key);
      } catch {
        // Quota exceeded or storage disabled: the session still works, in memory.
      }
    },
  };
  if (name === 'localStorage') {
    storage.subscribe = (listener) => {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent) => {
        // `key === null` is another tab calling `localStorage.clear()`.
        if (event.key !== key && event.key !== null) return;
        if (event.storageArea !== area(name)) return;
        listener(parseStoredTokens(event.key === null ? null : event.newValue));
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    };
  }
  identities.set(storage, `${name}\u0000${key}`);
  return storage;
}

/**
 * Tokens in `sessionStorage`: they survive a reload of this tab only. Readable by any script on
 * the page, so only opt in when the page's scripts are trusted (see the README).
 */
export function konanSessionStorage(options: KonanWebStorageOptions = {}): KonanTokenStorage {
  return webStorage('sessionStorage', options);
}

/**
 * Tokens in `localStorage`: they survive reloads and are shared by every tab of the origin, which
 * follow each other's login and logout. Readable by any script on the page (see the README).
 */
export function konanLocalStorage(options: KonanWebStorageOptions = {}): KonanTokenStorage {
  return webStorage('localStorage', options);
}
