import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { KonanEmulatorAccount } from './types.js';

export interface IssuedTokens {
  access: string;
  refresh: string;
}

export type TokenCheck =
  | { ok: true; payload: JWTPayload }
  | { ok: false; reason: 'invalid' | 'expired' | 'revoked' };

function randomSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Issues and verifies real HS256 JWTs. Revoking every session rotates the signing secret, so
 * every token issued before becomes invalid at once; logout revokes one refresh token by `jti`.
 */
export class TokenAuthority {
  private secret = randomSecret();
  private revoked = new Set<string>();

  constructor(
    private readonly account: KonanEmulatorAccount,
    private readonly accessTtlSeconds: number,
    private readonly refreshTtlSeconds: number,
  ) {}

  async issue(): Promise<IssuedTokens> {
    return { access: await this.issueAccess(), refresh: await this.sign('refresh', {}) };
  }

  issueAccess(): Promise<string> {
    return this.sign('access', {
      email: this.account.email,
      first_name: this.account.firstName,
      last_name: this.account.lastName,
      organization_id: this.account.organizationId,
    });
  }

  async verify(token: string, type: 'access' | 'refresh'): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        // The current time, read on every call, so tests that fake `Date` expire tokens.
        currentDate: new Date(),
      });
      if (payload.token_type !== type) return { ok: false, reason: 'invalid' };
      if (payload.jti && this.revoked.has(payload.jti)) return { ok: false, reason: 'revoked' };
      return { ok: true, payload };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return { ok: false, reason: code === 'ERR_JWT_EXPIRED' ? 'expired' : 'invalid' };
    }
  }

  revoke(jti: string): void {
    this.revoked.add(jti);
  }

  revokeAll(): void {
    this.secret = randomSecret();
    this.revoked.clear();
  }

  private sign(type: 'access' | 'refresh', claims: Record<string, string>): Promise<string> {
    const issuedAt = nowSeconds();
    const ttl = type === 'access' ? this.accessTtlSeconds : this.refreshTtlSeconds;
    return new SignJWT({ ...claims, token_type: type })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttl)
      .setJti(crypto.randomUUID())
      .sign(this.secret);
  }
}
