import type { KonanTokens, KonanUser } from '../../client/data-types.js';
import { decodeAccessToken } from '../../client/decode-token.js';

/**
 * Whether tokens another tab stored should replace the ones this tab holds: the access token
 * that expires later wins, and equal expiries (two tabs that refreshed in the same second) are
 * settled by comparing the tokens themselves, so both tabs pick the same one. Unreadable tokens
 * never win.
 */
export function supersedes(
  incoming: KonanTokens,
  current: { tokens: KonanTokens; user: KonanUser },
): boolean {
  let incomingExpiry: number;
  try {
    incomingExpiry = decodeAccessToken(incoming.access, 'storage').expiresAt.getTime();
  } catch {
    return false;
  }
  const currentExpiry = current.user.expiresAt.getTime();
  if (incomingExpiry !== currentExpiry) return incomingExpiry > currentExpiry;
  return incoming.access > current.tokens.access;
}
