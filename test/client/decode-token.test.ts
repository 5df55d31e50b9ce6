import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAccessToken, refreshTokenExpiry } from '../../src/client/decode-token';
import { isKonanError, KonanValidationError } from '../../src/client/errors';

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

describe('any token', () => {
  /** Payloads near the real shape (any claim may be missing or of any type), and anything else. */
  const claim = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(1e300, -1e300, 8.64e12, 8.64e12 + 1, 2e9, 0),
    fc.jsonValue(),
  );
  const payload = fc.oneof(
    fc.record(
      { email: fc.oneof(fc.string(), claim), exp: claim, iat: claim, first_name: claim },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
  );
  const token = fc.oneof(payload.map(jwt), fc.string());

  it('decodes to a user whose dates are valid, or throws a KonanError', () => {
    fc.assert(
      fc.property(token, (t) => {
        let user: ReturnType<typeof decodeAccessToken>;
        try {
          user = decodeAccessToken(t, 'POST /api/auth/login/');
        } catch (error) {
          expect(isKonanError(error)).toBe(true);
          return;
        }
        expect(Number.isFinite(user.expiresAt.getTime())).toBe(true);
        expect(() => user.expiresAt.toISOString()).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['beyond what a date can hold', 1e300],
    ['below what a date can hold', -1e300],
    ['given as a numeric string', '1900000000'],
  ])('refuses an exp %s, naming the claim', (_, exp) => {
    expect(() => decodeAccessToken(jwt({ email: 'a@konan.ai', exp }), 'src')).toThrow(
      /access\.exp/,
    );
  });
});

describe('refresh token expiry', () => {
  it('reads exp in seconds, and treats an undecodable token as never expiring', () => {
    expect(refreshTokenExpiry(jwt({ exp: 1_900_000_000 }))).toBe(1_900_000_000_000);
    expect(refreshTokenExpiry('opaque-refresh-token')).toBe(Number.POSITIVE_INFINITY);
  });
});
