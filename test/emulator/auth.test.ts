import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  accessClaimsSchema,
  refreshClaimsSchema,
  refreshResponseSchema,
  tokensSchema,
} from '../../src/client/schemas/auth';
import { API, AUTH, postJson, signIn, smallEmulator } from './helpers';

const listDeployments = (emulator: ReturnType<typeof smallEmulator>, token: string) =>
  emulator.fetch(`${API}/deployments/`, { headers: { Authorization: `Bearer ${token}` } });

afterEach(() => {
  vi.useRealTimers();
});

describe('emulator auth', () => {
  it('logs in with the demo account and issues JWTs carrying the contract claims', async () => {
    const emulator = smallEmulator();
    const before = Math.floor(Date.now() / 1000);
    const response = await postJson(emulator, `${AUTH}/api/auth/login/`, {
      email: 'demo@konan.ai',
      password: 'konan-demo',
    });
    expect(response.status).toBe(200);
    const tokens = tokensSchema.parse(await response.json());
    const user = accessClaimsSchema.parse(decodeJwt(tokens.access));
    expect(user.email).toBe('demo@konan.ai');
    expect(user.firstName).not.toBe('');
    expect(user.organizationId).not.toBe('');
    const accessExp = decodeJwt(tokens.access).exp ?? 0;
    expect(accessExp - before).toBeGreaterThanOrEqual(300);
    expect(accessExp - before).toBeLessThanOrEqual(301);
    const refreshExp = refreshClaimsSchema.parse(decodeJwt(tokens.refresh)).exp;
    expect(refreshExp - before).toBeGreaterThanOrEqual(86_400);
    expect((await listDeployments(emulator, tokens.access)).status).toBe(200);
  });

  it('logs in with the API key', async () => {
    const emulator = smallEmulator();
    const response = await postJson(emulator, `${AUTH}/api/auth/api_key/`, {
      api_key: 'konan-demo-key',
    });
    expect(response.status).toBe(200);
    const tokens = tokensSchema.parse(await response.json());
    expect((await listDeployments(emulator, tokens.access)).status).toBe(200);
  });

  it('rejects bad credentials and a bad API key with 401 and a detail', async () => {
    const emulator = smallEmulator();
    const wrong = await postJson(emulator, `${AUTH}/api/auth/login/`, {
      email: 'demo@konan.ai',
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ detail: expect.any(String) });
    const key = await postJson(emulator, `${AUTH}/api/auth/api_key/`, { api_key: 'nope' });
    expect(key.status).toBe(401);
    const incomplete = await postJson(emulator, `${AUTH}/api/auth/login/`, { email: 'x' });
    expect(incomplete.status).toBe(400);
  });

  it('uses the account and token lifetimes given as options', async () => {
    const emulator = smallEmulator({
      account: { email: 'ops@bank.example', password: 's3cret', apiKey: 'k-1' },
      accessTtlSeconds: 60,
      refreshTtlSeconds: 120,
    });
    expect(emulator.account).toEqual({
      email: 'ops@bank.example',
      password: 's3cret',
      apiKey: 'k-1',
    });
    const tokens = await signIn(emulator);
    const access = decodeJwt(tokens.access);
    expect(access.email).toBe('ops@bank.example');
    expect((access.exp ?? 0) - (access.iat ?? 0)).toBe(60);
    const refresh = decodeJwt(tokens.refresh);
    expect((refresh.exp ?? 0) - (refresh.iat ?? 0)).toBe(120);
    const demo = await postJson(emulator, `${AUTH}/api/auth/login/`, {
      email: 'demo@konan.ai',
      password: 'konan-demo',
    });
    expect(demo.status).toBe(401);
  });

  it('refuses API calls without a valid access token', async () => {
    const emulator = smallEmulator();
    const tokens = await signIn(emulator);
    const missing = await emulator.fetch(`${API}/deployments/`);
    expect(missing.status).toBe(401);
    expect((await missing.json()).detail).toMatch(/not provided/);
    expect((await listDeployments(emulator, 'not-a-jwt')).status).toBe(401);
    // A refresh token is not an access token.
    expect((await listDeployments(emulator, tokens.refresh)).status).toBe(401);
    const otherEmulator = smallEmulator();
    expect((await listDeployments(otherEmulator, tokens.access)).status).toBe(401);
  });

  it('refreshes with only a new access token', async () => {
    const emulator = smallEmulator();
    const tokens = await signIn(emulator);
    const response = await postJson(emulator, `${AUTH}/api/auth/token/refresh/`, {
      refresh: tokens.refresh,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['access']);
    const { access } = refreshResponseSchema.parse(body);
    expect(access).not.toBe(tokens.access);
    expect((await listDeployments(emulator, access)).status).toBe(200);
    const bad = await postJson(emulator, `${AUTH}/api/auth/token/refresh/`, {
      refresh: tokens.access,
    });
    expect(bad.status).toBe(401);
  });

  it('expires the access token after its lifetime, and the refresh token after its own', async () => {
    const emulator = smallEmulator({ accessTtlSeconds: 300, refreshTtlSeconds: 3_600 });
    const start = new Date('2025-03-01T10:00:00Z');
    vi.setSystemTime(start);
    const tokens = await signIn(emulator);
    vi.setSystemTime(new Date(start.getTime() + 299_000));
    expect((await listDeployments(emulator, tokens.access)).status).toBe(200);
    vi.setSystemTime(new Date(start.getTime() + 301_000));
    const expired = await listDeployments(emulator, tokens.access);
    expect(expired.status).toBe(401);
    expect((await expired.json()).detail).toMatch(/expired/);
    const refreshed = await postJson(emulator, `${AUTH}/api/auth/token/refresh/`, {
      refresh: tokens.refresh,
    });
    expect(refreshed.status).toBe(200);
    vi.setSystemTime(new Date(start.getTime() + 3_601_000));
    const late = await postJson(emulator, `${AUTH}/api/auth/token/refresh/`, {
      refresh: tokens.refresh,
    });
    expect(late.status).toBe(401);
  });

  it('logout revokes that refresh token only; all_devices revokes every session', async () => {
    const emulator = smallEmulator();
    const laptop = await signIn(emulator);
    const phone = await signIn(emulator);
    const refresh = (token: string) =>
      postJson(emulator, `${AUTH}/api/auth/token/refresh/`, { refresh: token });
    const out = await postJson(emulator, `${AUTH}/api/auth/logout`, {
      refresh: laptop.refresh,
      all_devices: false,
    });
    expect(out.status).toBe(204);
    expect(await out.text()).toBe('');
    expect((await refresh(laptop.refresh)).status).toBe(401);
    expect((await refresh(phone.refresh)).status).toBe(200);
    const everywhere = await postJson(emulator, `${AUTH}/api/auth/logout/`, {
      refresh: phone.refresh,
      all_devices: true,
    });
    expect(everywhere.status).toBe(204);
    expect((await refresh(phone.refresh)).status).toBe(401);
    expect((await listDeployments(emulator, phone.access)).status).toBe(401);
  });

  it('revokeSessions and reset invalidate every issued token', async () => {
    const emulator = smallEmulator();
    const first = await signIn(emulator);
    emulator.revokeSessions();
    expect((await listDeployments(emulator, first.access)).status).toBe(401);
    const second = await signIn(emulator);
    expect((await listDeployments(emulator, second.access)).status).toBe(200);
    emulator.reset();
    expect((await listDeployments(emulator, second.access)).status).toBe(401);
  });
});
