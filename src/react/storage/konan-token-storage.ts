import type { KonanTokens } from '../../client/data-types.js';

/**
 * Where `<KonanProvider>` keeps the session's tokens between page loads. It only ever receives
 * tokens: credentials and API keys stay in the client's memory and are never handed to storage.
 */
export interface KonanTokenStorage {
  /** The stored tokens, or `null`. Called in effects only, never during a server render. */
  get(): KonanTokens | null;
  /** Store the tokens, or forget them with `null`. */
  set(tokens: KonanTokens | null): void;
  /**
   * Shared storages (localStorage) call `listener` when another tab logs in, refreshes or logs
   * out, so every tab follows. Returns unsubscribe.
   */
  subscribe?(listener: (tokens: KonanTokens | null) => void): () => void;
}

/** Reads a stored value back as tokens, ignoring anything that is not exactly `{access, refresh}`. */
export function parseStoredTokens(raw: string | null): KonanTokens | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { access, refresh } = value as Record<string, unknown>;
    if (typeof access !== 'string' || typeof refresh !== 'string') return null;
    return { access, refresh };
  } catch {
    return null;
  }
}

/** Only the two token strings are written, whatever else the object carries. */
export function serializeTokens(tokens: KonanTokens): string {
  return JSON.stringify({ access: tokens.access, refresh: tokens.refresh });
}
