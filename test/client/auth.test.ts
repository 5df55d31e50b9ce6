import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isKonanInputError,
  isKonanSessionError,
  KonanSessionError,
  type KonanSessionState,
} from '../../src/client';
import { API, AUTH, setupEmulator } from './harness';

const { emulator, server, newClient, loggedIn } = setupEmulator();

describe('login', () => {
  it('logs in with email and password and reads the user from the access token', async () => {
    const client = newClient();
    const user = await client.login({ email: 'demo@konan.ai', password: 'konan-demo' });
    expect(user.email).toBe('demo@konan.ai');
    expect(user.firstName).not.toBe('');
    expect(user.organizationId).not.toBe('');
    expect(user.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const state = client.session.getState();
    expect(state.status).toBe('authenticated');
    expect(emulator.countRequests({ method: 'POST', path: '/api/auth/login/' })).toBe(1);
  });

  it('logs in with an API key', async () => {
    const client = newClient();
    const user = await client.login({ apiKey: 'konan-demo-key' });
    expect(user.email).toBe('demo@konan.ai');
    expect(emulator.countRequests({ path: '/api/auth/api_key/' })).toBe(1);
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
  });

  it('rejects a wrong password as credentials_rejected and stays anonymous', async () => {
    const client = newClient();
    const error = await client
      .login({ email: 'demo@konan.ai', password: 'wrong' })
      .catch((e: unknown) => e);
    expect(isKonanSessionError(error)).toBe(true);
    expect((error as KonanSessionError).reason).toBe('credentials_rejected');
    expect((error as Error).message).toMatch(/check the email and password/i);
    expect(client.session.getState().status).toBe('anonymous');
  });

  it('rejects a wrong API key as credentials_rejected', async () => {
    const error = await newClient()
      .login({ apiKey: 'nope' })
      .catch((e: unknown) => e);
    expect((error as KonanSessionError).reason).toBe('credentials_rejected');
  });

  it('refuses empty credentials before sending anything', async () => {
    const client = newClient();
    for (const input of [
      { email: '', password: 'x' },
      { email: '   ', password: 'x' },
      { email: 'demo@konan.ai', password: '' },
      { apiKey: ' ' },
    ]) {
      await expect(client.login(input)).rejects.toSatisfy(isKonanInputError);
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses API calls before login with not_authenticated, sending nothing', async () => {
    const error = await newClient()
      .listModels(emulator.demo.classifier)
      .catch((e: unknown) => e);
    expect((error as KonanSessionError).reason).toBe('not_authenticated');
    expect(emulator.requests).toHaveLength(0);
  });

  it('sends the bearer token to the API origin only, never to the auth origin', async () => {
    const seen: { origin: string; authorization: string | null }[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push({
        origin: new URL(request.url).origin,
        authorization: request.headers.get('authorization'),
      });
    });
    const client = await loggedIn();
    await client.listModels(emulator.demo.classifier);
    await client.logout();
    server.events.removeAllListeners();
    const auth = seen.filter((r) => r.origin === AUTH);
    const api = seen.filter((r) => r.origin === API);
    expect(auth.length).toBeGreaterThanOrEqual(2); // login and logout
    expect(auth.every((r) => r.authorization === null)).toBe(true);
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((r) => r.authorization?.startsWith('Bearer '))).toBe(true);
  });
});

describe('logout', () => {
  it('clears the session and revokes the refresh token on the server', async () => {
    let body: unknown;
    server.use(
      http.post(`${AUTH}/api/auth/logout`, async ({ request }) => {
        body = await request.clone().json();
        return undefined; // fall through to the emulator
      }),
    );
    const client = await loggedIn();
    const { tokens } = client.session.getState() as Extract<
      KonanSessionState,
      { status: 'authenticated' }
    >;
    await client.logout({ allDevices: true });
    expect(client.session.getState().status).toBe('anonymous');
    expect(body).toEqual({ refresh: tokens.refresh, all_devices: true });
    await expect(client.listModels(emulator.demo.classifier)).rejects.toSatisfy(
      (e: unknown) => isKonanSessionError(e) && e.reason === 'not_authenticated',
    );
    // all_devices revoked every token: a client that kept them cannot renew its session.
    const other = newClient({ tokens });
    await expect(other.listModels(emulator.demo.classifier)).rejects.toSatisfy(
      (e: unknown) => isKonanSessionError(e) && e.reason === 'session_expired',
    );
    expect(emulator.requests.find((r) => r.path === '/api/auth/token/refresh/')?.status).toBe(401);
  });

  it('does not re-login with the credentials of a logged-out session', async () => {
    const client = await loggedIn();
    await client.logout();
    await expect(client.listModels(emulator.demo.classifier)).rejects.toBeInstanceOf(
      KonanSessionError,
    );
    expect(emulator.countRequests({ path: '/api/auth/login/' })).toBe(0);
  });

  it('clears the session locally even when the logout endpoint is unreachable', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /logout/, networkError: true });
    await expect(client.logout()).resolves.toBeUndefined();
    expect(client.session.getState().status).toBe('anonymous');
  });
});

describe('session', () => {
  it('tells subscribers of login, refresh-free calls do not notify, and logout', async () => {
    const client = newClient();
    const states: string[] = [];
    const unsubscribe = client.session.subscribe((s) => states.push(s.status));
    await client.login({ apiKey: 'konan-demo-key' });
    await client.listModels(emulator.demo.classifier);
    await client.logout();
    unsubscribe();
    await client.login({ apiKey: 'konan-demo-key' });
    expect(states).toEqual(['authenticated', 'anonymous']);
  });

  it('keeps the same state object until the session changes', async () => {
    const client = await loggedIn();
    const first = client.session.getState();
    await client.listModels(emulator.demo.classifier);
    expect(client.session.getState()).toBe(first);
  });

  it('adopts tokens obtained elsewhere with setTokens', async () => {
    const source = await loggedIn();
    const state = source.session.getState() as Extract<
      KonanSessionState,
      { status: 'authenticated' }
    >;
    const client = newClient();
    const seen: KonanSessionState[] = [];
    client.session.subscribe((s) => seen.push(s));
    client.session.setTokens(state.tokens);
    expect(seen).toHaveLength(1);
    expect(client.session.getState()).toMatchObject({
      status: 'authenticated',
      user: { email: 'demo@konan.ai' },
    });
    await expect(client.listModels(emulator.demo.regressor)).resolves.not.toHaveLength(0);
    client.session.setTokens(null);
    expect(client.session.getState().status).toBe('anonymous');
    expect(seen.map((s) => s.status)).toEqual(['authenticated', 'anonymous']);
  });

  it('refuses tokens that are not JWTs', () => {
    const client = newClient();
    expect(() => client.session.setTokens({ access: 'garbage', refresh: 'garbage' })).toThrow(
      /tokens cannot be used/,
    );
    expect(client.session.getState().status).toBe('anonymous');
  });
});
