import { raceSignal, throwIfAborted } from './abort.js';
import type { KonanSession } from './client-interface.js';
import type { KonanLoginInput, KonanTokens, KonanUser } from './data-types.js';
import { decodeAccessToken, refreshTokenExpiry, tokenIssuedAt } from './decode-token.js';
import {
  isKonanHttpError,
  isKonanSessionError,
  isKonanValidationError,
  KonanAbortError,
  KonanInputError,
  KonanSessionError,
} from './errors.js';
import type { Http } from './http.js';
import { refreshResponseSchema, tokensSchema } from './schemas/auth.js';
import { type HeldTokens, SessionStore } from './session-store.js';
import { joinUrl } from './url.js';
import { requireLogin } from './validate-input.js';

export interface SessionSettings {
  http: Http;
  authUrl: URL;
  refreshLeewayMs: number;
  tokens?: KonanTokens | undefined;
}

/** The session as the rest of the client uses it. `session` is the public face. */
export interface SessionController {
  readonly session: KonanSession;
  login(input: KonanLoginInput, signal?: AbortSignal): Promise<KonanUser>;
  logout(allDevices: boolean): Promise<void>;
  /** An access token good for the next API call: refreshed or re-obtained first when needed. */
  accessToken(signal?: AbortSignal): Promise<string>;
  /** The server answered 401 to `rejected`: renew once (shared by every caller) and return the new token. */
  renewAfterRejection(rejected: string, signal?: AbortSignal): Promise<string>;
  /**
   * The retry with a renewed token got a 401 too. When that token came from a re-login with the
   * stored credentials, the session ends (throws `session_expired`) rather than logging in again
   * on every call, which could lock the account. Otherwise returns, and the 401 stands.
   */
  retryRejected(token: string): void;
}

const OVERTAKEN =
  'This login() was cancelled: a later login(), logout() or setTokens() call changed the ' +
  'session before Konan answered, and the later call wins.';

const RELOGIN_REFUSED =
  'Konan refused access even after logging in again with the stored credentials: this ' +
  "account's access may have been revoked. Log in again.";

// Login answers these without judging the credentials: they are passed on as HTTP errors.
const TRANSIENT_4XX = new Set([408, 429]);

/** A refusal of the refresh token itself (rather than the server being unreachable or broken). */
const refused = (error: unknown): boolean =>
  isKonanHttpError(error) &&
  error.status >= 400 &&
  error.status < 500 &&
  !TRANSIENT_4XX.has(error.status);

export function createSession(settings: SessionSettings): SessionController {
  const { http } = settings;
  const store = new SessionStore();
  const url = (path: string) => joinUrl(settings.authUrl, path);
  const loginUrl = url('/api/auth/login/');
  const apiKeyUrl = url('/api/auth/api_key/');
  const refreshUrl = url('/api/auth/token/refresh/');
  // **inferred** (seen in one public script): no trailing slash, body {refresh, all_devices}.
  const logoutUrl = url('/api/auth/logout');

  /** In memory only, for re-login when the refresh token has expired. Never persisted. */
  let storedLogin: KonanLoginInput | null = null;
  /** The access token of the last re-login with `storedLogin`: a 401 to it ends the session. */
  let reloginAccess: string | null = null;
  /** Bumped by every change (login, logout, setTokens, expiry) so stale renewals are discarded. */
  let epoch = 0;
  /** Bumped by login, logout and setTokens only: the answer to an older login is discarded. */
  let calls = 0;
  let renewal: { epoch: number; promise: Promise<string> } | null = null;
  /**
   * The server's clock minus the user's, in ms: token expiry is the server's time, and a user's
   * clock minutes ahead would otherwise refresh before every call (or, behind, send expired tokens).
   */
  let serverClockOffsetMs = 0;
  const serverNow = () => Date.now() + serverClockOffsetMs;

  /** `fromServer`: the tokens were issued just now, so their `iat` tells the server's clock. */
  function hold(tokens: KonanTokens, source: string, fromServer: boolean): HeldTokens {
    const user = decodeAccessToken(tokens.access, source);
    const accessExpiresAt = user.expiresAt.getTime();
    const issuedAt = tokenIssuedAt(tokens.access);
    // Tokens restored from storage were issued long ago: their `iat` says nothing of the clock.
    if (fromServer && issuedAt !== undefined) serverClockOffsetMs = issuedAt - Date.now();
    return {
      tokens: { access: tokens.access, refresh: tokens.refresh },
      user,
      accessExpiresAt,
      refreshExpiresAt: refreshTokenExpiry(tokens.refresh),
      accessLifetimeMs: Math.max(0, accessExpiresAt - (issuedAt ?? serverNow())),
    };
  }

  function needsRenewal(held: HeldTokens): boolean {
    // A token that lives shorter than the leeway would otherwise be refreshed on every call.
    const leeway = Math.min(settings.refreshLeewayMs, held.accessLifetimeMs / 2);
    return serverNow() >= held.accessExpiresAt - leeway;
  }

  /** A login, logout or setTokens call: what was under way for the previous session is moot. */
  function sessionCall(): number {
    epoch++;
    reloginAccess = null;
    return ++calls;
  }

  /** Best effort: the session is already gone locally, whatever the server says. */
  async function revoke(refresh: string, allDevices: boolean): Promise<void> {
    try {
      await http({ method: 'POST', url: logoutUrl, json: { refresh, all_devices: allDevices } });
    } catch {
      // Unreachable or refused: nothing more to do about it.
    }
  }

  function currentAccess(): string {
    const held = store.held;
    if (!held) throw new KonanSessionError('not_authenticated');
    return held.tokens.access;
  }

  async function authenticate(input: KonanLoginInput, signal?: AbortSignal): Promise<HeldTokens> {
    const [endpoint, json] =
      'apiKey' in input
        ? [apiKeyUrl, { api_key: input.apiKey }]
        : [loginUrl, { email: input.email, password: input.password }];
    try {
      const tokens = await http({
        method: 'POST',
        url: endpoint,
        json,
        schema: tokensSchema,
        signal,
      });
      return hold(tokens, endpoint, true);
    } catch (error) {
      // **inferred**: bad credentials answer 401; any 4xx is read as "credentials rejected".
      if (refused(error)) throw new KonanSessionError('credentials_rejected', { cause: error });
      throw error;
    }
  }

  function expire(cause?: unknown, message?: string): never {
    storedLogin = null;
    epoch++;
    store.set(null);
    throw new KonanSessionError('session_expired', { cause, ...(message && { message }) });
  }

  async function relogin(started: number): Promise<string> {
    if (epoch !== started) return currentAccess();
    const input = storedLogin;
    if (!input) return expire();
    let held: HeldTokens;
    try {
      held = await authenticate(input);
    } catch (error) {
      if (isKonanSessionError(error) && epoch === started) {
        return expire(
          error,
          'The Konan session expired and the stored credentials were no longer accepted. Log in again.',
        );
      }
      throw error;
    }
    if (epoch !== started) return currentAccess();
    store.set(held);
    reloginAccess = held.tokens.access;
    return held.tokens.access;
  }

  /** Ends the session when Konan refuses a token it issued to a re-login (see `retryRejected`). */
  function endIfReloginRefused(token: string): void {
    if (token !== reloginAccess) return;
    // Concurrent callers refused the same token after the session already ended: same error.
    if (store.held?.tokens.access !== token) {
      throw new KonanSessionError('session_expired', { message: RELOGIN_REFUSED });
    }
    expire(undefined, RELOGIN_REFUSED);
  }

  async function renew(started: number, forced: boolean): Promise<string> {
    const held = store.held;
    if (!held) throw new KonanSessionError('not_authenticated');
    if (serverNow() < held.refreshExpiresAt) {
      try {
        const { access } = await http({
          method: 'POST',
          url: refreshUrl,
          json: { refresh: held.tokens.refresh },
          schema: refreshResponseSchema,
        });
        if (epoch !== started) return currentAccess();
        // The refresh endpoint answers a new access token only: the refresh token is kept.
        const next = hold({ access, refresh: held.tokens.refresh }, refreshUrl, true);
        store.set(next);
        return access;
      } catch (error) {
        if (epoch !== started) return currentAccess();
        if (!refused(error)) {
          // Unreachable or broken server: an access token that has not quite expired still works.
          const usable =
            !forced && serverNow() < held.accessExpiresAt && !isKonanValidationError(error);
          if (usable) return held.tokens.access;
          throw error;
        }
      }
    }
    return relogin(started);
  }

  /** One renewal at a time, shared by every caller that needs it. */
  function sharedRenewal(forced: boolean): Promise<string> {
    if (!renewal || renewal.epoch !== epoch) {
      const entry = { epoch, promise: renew(epoch, forced) };
      renewal = entry;
      entry.promise.then(
        () => {
          if (renewal === entry) renewal = null;
        },
        () => {
          if (renewal === entry) renewal = null;
        },
      );
    }
    return renewal.promise;
  }

  if (settings.tokens) {
    try {
      store.set(hold(settings.tokens, 'options.tokens', false), false);
    } catch (cause) {
      throw new KonanInputError(
        'tokens',
        `options.tokens cannot be used: ${(cause as Error).message}`,
      );
    }
  }

  const session: KonanSession = {
    getState: () => store.snapshot(),
    subscribe: (listener) => store.subscribe(listener),
    setTokens(tokens) {
      sessionCall();
      // Tokens from elsewhere may belong to another account: never re-login with ours for them.
      storedLogin = null;
      if (tokens === null) {
        store.set(null);
        return;
      }
      let held: HeldTokens;
      try {
        held = hold(tokens, 'session.setTokens', false);
      } catch (cause) {
        throw new KonanInputError(
          'tokens',
          `These tokens cannot be used: ${(cause as Error).message}`,
        );
      }
      store.set(held);
    },
  };

  return {
    session,

    async login(input, signal) {
      const checked = requireLogin(input);
      throwIfAborted(signal);
      const call = sessionCall();
      let held: HeldTokens;
      try {
        held = await authenticate(checked, signal);
      } catch (error) {
        if (call !== calls) throw new KonanAbortError({ cause: error, message: OVERTAKEN });
        throw error;
      }
      if (call !== calls) {
        // Tokens nobody will use: end that server session rather than leave it alive.
        void revoke(held.tokens.refresh, false);
        throw new KonanAbortError({ message: OVERTAKEN });
      }
      storedLogin = checked;
      store.set(held);
      return held.user;
    },

    async logout(allDevices) {
      const refresh = store.held?.tokens.refresh;
      storedLogin = null;
      sessionCall();
      store.set(null);
      if (refresh !== undefined) await revoke(refresh, allDevices);
    },

    async accessToken(signal) {
      throwIfAborted(signal);
      const held = store.held;
      if (!held) throw new KonanSessionError('not_authenticated');
      if (!needsRenewal(held)) return held.tokens.access;
      return raceSignal(sharedRenewal(false), signal);
    },

    async renewAfterRejection(rejected, signal) {
      endIfReloginRefused(rejected);
      const held = store.held;
      if (held && held.tokens.access !== rejected && !needsRenewal(held)) return held.tokens.access;
      return raceSignal(sharedRenewal(true), signal);
    },

    retryRejected: endIfReloginRefused,
  };
}
