import type { KonanLoginInput, KonanUser } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';

/**
 * Where the session stands, as `useKonan()` reports it.
 * - `anonymous`: nobody is logged in. Queries wait (pending, `fetchStatus: 'idle'`).
 * - `authenticating`: a login (or restoring tokens from storage) is under way.
 * - `authenticated`: `user` is read from the access token's claims.
 * - `error`: the last login failed, or the session expired and could not be renewed.
 */
export type KonanSessionStatusValue =
  | { status: 'anonymous'; user: null; error: null }
  | { status: 'authenticating'; user: null; error: null }
  | { status: 'authenticated'; user: KonanUser; error: null }
  | { status: 'error'; user: null; error: KonanError };

export type KonanSessionStatus = KonanSessionStatusValue['status'];

export interface KonanSessionActions {
  /**
   * Log in with `{ email, password }` or `{ apiKey }`. Resolves with the user; rejects with the
   * typed error, which `useKonan()` also reports as `status: 'error'`. Logging in as someone else
   * first clears every Konan query of this session (other providers' queries stay).
   */
  login(input: KonanLoginInput): Promise<KonanUser>;
  /**
   * Forget the session here (and in other tabs sharing storage) at once, clear this session's
   * Konan queries (other providers' stay), abandon a login still running, then ask the server to revoke the refresh token (best
   * effort: the local session is gone whatever the server answers).
   */
  logout(): Promise<void>;
}

/** What `useKonan()` returns: narrow on `status` to reach `user` or `error`. */
export type KonanSessionValue = KonanSessionStatusValue & KonanSessionActions;
