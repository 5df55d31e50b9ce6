import { describe, expect, it } from 'vitest';
import { decodeAccessToken, refreshTokenExpiry } from '../../src/client/decode-token';
import { KonanValidationError } from '../../src/client/errors';

const base64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const jwt = (payload: unknown): string =>
  `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}.signature`;

describe('reading the signed-in user from the access token', () => {
  it('decodes base64url payloads with non-ASCII names', () => {
    // "Zoë Ünal ?>?>" encodes to base64 with the `-` and `_` characters base64url swaps in.
    const token = jwt({
      email: 'zoe@konan.ai',
      first_name: 'Zoë',
      last_name: 'Ünal ?>?>',
      exp: 2e9,
    });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    const user = decodeAccessToken(token, 'POST /api/auth/login/');
    expect(user).toMatchObject({ email: 'zoe@konan.ai', firstName: 'Zoë', lastName: 'Ünal ?>?>' });
    expect(user.expiresAt.getTime()).toBe(2e12);
  });

  it.each([
    ['a token that is not a JWT', 'not-a-jwt'],
    ['a payload that is not JSON', 'aGVhZA.bm90IGpzb24.sig'],
    ['a payload that is a JSON list', `x.${base64url([1, 2])}.sig`],
  ])('refuses %s with a validation error naming the access token', (_, token) => {
    const error = (() => {
      try {
        return decodeAccessToken(token, 'POST /api/auth/login/');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(KonanValidationError);
    expect((error as KonanValidationError).issues[0]?.path).toBe('access');
    expect((error as Error).message).toMatch(/not a decodable JWT/);
  });

  it('names the missing claim when the payload lacks one', () => {
    expect(() => decodeAccessToken(jwt({ exp: 2e9 }), 'src')).toThrow(/access\.email/);
  });
});

describe('refresh token expiry', () => {
  it('reads exp in seconds, and treats an undecodable token as never expiring', () => {
    expect(refreshTokenExpiry(jwt({ exp: 1_900_000_000 }))).toBe(1_900_000_000_000);
    expect(refreshTokenExpiry('opaque-refresh-token')).toBe(Number.POSITIVE_INFINITY);
  });
});
