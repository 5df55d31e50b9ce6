import { describe, expect, it, vi } from 'vitest';
import { isKonanAbortError, type KonanSessionState } from '../../src/client';
import { setupEmulator } from './harness';

const { emulator, newClient } = setupEmulator({
  accessTtlSeconds: 300,
  refreshTtlSeconds: 3600,
  predictionsPerDeployment: 0,
});
const LOGIN = { method: 'POST', path: '/api/auth/login/' };
const API_KEY_LOGIN = { method: 'POST', path: '/api/auth/api_key/' };
const LOGOUT = { method: 'POST', path: '/api/auth/logout' };

const password = () => ({ email: emulator.account.email, password: emulator.account.password });

describe('logins and logouts that overlap', () => {
  it('stays logged out when logout() is called while a login is on its way', async () => {
    emulator.faults.add({ ...LOGIN, delayMs: 200, times: 1 });
    const client = newClient();
    const login = client.login(password());
    await client.logout();
    const error = await login.catch((e: unknown) => e);
    expect(isKonanAbortError(error)).toBe(true);
    expect((error as Error).message).toMatch(/logout\(\)/);
    expect(client.session.getState().status).toBe('anonymous');
    await expect(client.listModels(emulator.demo.classifier)).rejects.toMatchObject({
      code: 'session',
      reason: 'not_authenticated',
    });
  });

  it('keeps the later login when an earlier one answers last', async () => {
    emulator.faults.add({ ...LOGIN, delayMs: 200, times: 1 });
    const client = newClient();
    const states: KonanSessionState[] = [];
    client.session.subscribe((s) => states.push(s));
    const older = client.login(password());
    const newer = client.login({ apiKey: emulator.account.apiKey });
    await expect(newer).resolves.toMatchObject({ email: emulator.account.email });
    const error = await older.catch((e: unknown) => e);
    expect(isKonanAbortError(error)).toBe(true);
    expect((error as Error).message).toMatch(/later login\(\)/);
    expect(states.map((s) => s.status)).toEqual(['authenticated']);
    expect(client.session.getState()).toBe(states[0]);
    // The overtaken login's tokens are used by nobody: its server session is ended.
    await vi.waitFor(() => expect(emulator.countRequests(LOGOUT)).toBe(1));
  });

  it('re-logs in with the credentials of the login that won, not of the one that answered last', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    emulator.faults.add({ ...LOGIN, delayMs: 200, times: 1 });
    const client = newClient();
    const older = client.login(password());
    await client.login({ apiKey: emulator.account.apiKey });
    await older.catch(() => undefined);
    emulator.clearRequests();
    vi.setSystemTime(start + 3_700_000); // both tokens expired: the client logs in again
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(API_KEY_LOGIN)).toBe(1);
    expect(emulator.countRequests(LOGIN)).toBe(0);
  });

  it('rejects an older login that fails after a later one succeeded, keeping the later session', async () => {
    emulator.faults.add({ ...LOGIN, delayMs: 200, status: 503, times: 1 });
    const client = newClient();
    const older = client.login(password());
    await client.login({ apiKey: emulator.account.apiKey });
    await expect(older).rejects.toSatisfy(isKonanAbortError);
    expect(client.session.getState().status).toBe('authenticated');
  });
});
