import type { KonanSessionState } from './client-interface.js';
import type { KonanTokens, KonanUser } from './data-types.js';

const ANONYMOUS: KonanSessionState = Object.freeze({ status: 'anonymous' });

/** The tokens held in memory, with what was decoded from them. */
export interface HeldTokens {
  tokens: KonanTokens;
  user: KonanUser;
  /** ms since the epoch */
  accessExpiresAt: number;
  /** ms since the epoch; +Infinity when the refresh token carries no readable `exp` */
  refreshExpiresAt: number;
  /** How long the access token was valid for when it was received, in ms. */
  accessLifetimeMs: number;
}

/**
 * The observable part of the session: what is held, and who is told about changes. The snapshot
 * object only changes when the session does, so it can back React's `useSyncExternalStore`.
 */
export class SessionStore {
  #held: HeldTokens | null = null;
  #snapshot: KonanSessionState = ANONYMOUS;
  readonly #listeners = new Set<(state: KonanSessionState) => void>();

  get held(): HeldTokens | null {
    return this.#held;
  }

  snapshot(): KonanSessionState {
    return this.#snapshot;
  }

  set(held: HeldTokens | null, notify = true): void {
    if (held === null && this.#held === null) return;
    this.#held = held;
    this.#snapshot = held
      ? Object.freeze({ status: 'authenticated', user: held.user, tokens: held.tokens })
      : ANONYMOUS;
    if (notify) this.#notify();
  }

  subscribe(listener: (state: KonanSessionState) => void): () => void {
    // Wrapped so the same function subscribed twice is two subscriptions, each removable once.
    const entry = (state: KonanSessionState) => listener(state);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  #notify(): void {
    const state = this.#snapshot;
    for (const listener of [...this.#listeners]) {
      try {
        listener(state);
      } catch (error) {
        // One failing listener must not stop the others or break the session; surface it anyway.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
