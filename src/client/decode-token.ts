import type * as z from 'zod/mini';
import type { KonanUser } from './data-types.js';
import { KonanValidationError } from './errors.js';
import { validateBody } from './parse-response.js';
import { accessClaimsSchema, issuedAtClaimSchema, refreshClaimsSchema } from './schemas/auth.js';

/**
 * A JWT's payload, decoded but never verified: the contract leaves verification to the server.
 * Throws when the token is not three dot-separated parts with a base64url JSON object payload.
 */
function decodeJwt(token: string): unknown {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('expected three dot-separated parts');
  // atob skips whitespace, but a line break would break the Authorization header (and the
  // runtime's error about it quotes the whole token).
  if (!parts.every((part) => /^[A-Za-z0-9_-]*$/.test(part))) {
    throw new Error('it has characters other than base64url');
  }
  const base64 = (parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('the payload is not a JSON object');
  }
  return payload;
}

function claimsOf(token: string, source: string): unknown {
  try {
    return decodeJwt(token);
  } catch (cause) {
    throw new KonanValidationError({
      url: source,
      issues: [{ path: '', message: `not a decodable JWT (${(cause as Error).message})` }],
    });
  }
}

function prefixed(error: unknown, field: string): unknown {
  if (!(error instanceof KonanValidationError)) return error;
  return new KonanValidationError({
    url: error.url,
    issues: error.issues.map((i) => ({
      path: i.path ? `${field}.${i.path}` : field,
      message: i.message,
    })),
  });
}

/** The signed-in user from the access token's claims. `source` names where the token came from. */
export function decodeAccessToken(token: string, source: string): KonanUser {
  try {
    return validateBody(accessClaimsSchema, claimsOf(token, source), source);
  } catch (error) {
    throw prefixed(error, 'access');
  }
}

/** Claims read on a best-effort basis: undefined when the token or the claims are unreadable. */
function optionalClaims<T>(schema: z.ZodMiniType<T>, token: string): T | undefined {
  try {
    const parsed = schema.safeParse(decodeJwt(token));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the refresh token expires, in ms since the epoch. An undecodable refresh token is not
 * fatal: the server is the judge, so it is treated as never expiring and simply tried.
 */
export function refreshTokenExpiry(token: string): number {
  const claims = optionalClaims(refreshClaimsSchema, token);
  return claims ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
}

/** When a token was issued on the server's clock, in ms since the epoch, if it says. */
export function tokenIssuedAt(token: string): number | undefined {
  const claims = optionalClaims(issuedAtClaimSchema, token);
  return claims && claims.iat * 1000;
}
