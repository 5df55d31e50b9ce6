import { describe, expect, it, vi } from 'vitest';
import { isKonanSessionError, type KonanSessionState } from '../../src/client';
import { setupEmulator } from './harness';

const { emulator, newClient, loggedIn } = setupEmulator({
  accessTtlSeconds: 300,
  refreshTtlSeconds: 3600,
});
const REFRESH = { method: 'POST', path: '/api/auth/token/refresh/' };
const LOGIN = { method: 'POST', path: '/api/auth/login/' };

const accessOf = (state: KonanSessionState) =>
  state.status === 'authenticated' ? state.tokens.access : null;

/** Freezes the clock (Date only) so token lifetimes can be crossed without waiting. */
function freezeClock(): (ms: number) => void {
  vi.useFakeTimers({ toFake: ['Date'] });
  const start = Date.now();
  vi.setSystemTime(start);
  return (ms) => vi.setSystemTime(start + ms);
}

describe('token refresh', () => {
  it('uses the access token as is while it is fresh', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(200_000); // 100 s before expiry, outside the 30 s leeway
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(REFRESH)).toBe(0);
  });

  it('refreshes shortly before the access token expires', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    const before = accessOf(client.session.getState());
    const states: KonanSessionState[] = [];
    client.session.subscribe((s) => states.push(s));
    at(290_000); // 10 s before expiry: inside the leeway
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(states).toHaveLength(1);
    const after = accessOf(client.session.getState());
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    expect(emulator.requests.every((r) => r.status < 400)).toBe(true);
  });

  it('refreshes after expiry and keeps the refresh token (the endpoint answers access only)', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    const before = client.session.getState();
    at(400_000);
    await client.listModels(emulator.demo.classifier);
    const after = client.session.getState();
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(after.status === 'authenticated' && after.tokens.refresh).toBe(
      before.status === 'authenticated' && before.tokens.refresh,
    );
    expect(after.status === 'authenticated' && after.user.expiresAt.getTime()).toBeGreaterThan(
      Date.now(),
    );
  });

  it('shares one refresh between 100 concurrent calls after expiry', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(301_000);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => client.listModels(emulator.demo.classifier)),
    );
    expect(results).toHaveLength(100);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(100);
  });

  it('refreshes once on a 401 and retries the request once', async () => {
    const client = await loggedIn();
    emulator.faults.add({
      path: /\/models\/$/,
      status: 401,
      times: 1,
      body: { detail: 'expired' },
    });
    const models = await client.listModels(emulator.demo.classifier);
    expect(models.length).toBeGreaterThan(0);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(2);
  });

  it('retries a POST once after a 401 too: the server did not act on it', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/predict\/$/, status: 401, times: 1 });
    const prediction = await client.predict(emulator.demo.regressor, { surface: 80, rooms: 3 });
    expect(prediction.uuid).not.toBe('');
    expect(emulator.countRequests({ path: /\/predict\/$/ })).toBe(2);
  });

  it('gives up after the one retry when the server keeps answering 401', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, status: 401 });
    await expect(client.listModels(emulator.demo.classifier)).rejects.toMatchObject({
      code: 'http',
      status: 401,
    });
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(2);
    expect(emulator.countRequests(REFRESH)).toBe(1);
  });

  it('shares one renewal between concurrent calls that all get a 401', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, status: 401, times: 20 });
    await Promise.all(
      Array.from({ length: 20 }, () => client.listModels(emulator.demo.classifier)),
    );
    expect(emulator.countRequests(REFRESH)).toBe(1);
  });
});

describe('refresh and callers', () => {
  it('lets one caller abort its wait without cancelling the refresh the others share', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(301_000);
    emulator.faults.add({ ...REFRESH, delayMs: 300, times: 1 });
    const controller = new AbortController();
    const aborted = client.listModels(emulator.demo.classifier, { signal: controller.signal });
    const kept = client.listModels(emulator.demo.regressor);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
    await expect(kept).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(REFRESH)).toBe(1);
  });

  it('checks the session before every page of a long walk', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    let pages = 0;
    for await (const _page of client.predictions(emulator.demo.classifier, {
      start: new Date(Date.now() - 30 * 86_400_000),
      end: new Date(),
    })) {
      pages++;
      if (pages === 2) at(400_000); // the access token expires in the middle of the walk
    }
    expect(pages).toBeGreaterThan(3);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.requests.every((r) => r.status === 200)).toBe(true);
  });
});

describe('re-login', () => {
  it('logs in again with the stored credentials once the refresh token has expired', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(3_700_000);
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(REFRESH)).toBe(0);
    expect(emulator.countRequests(LOGIN)).toBe(1);
    expect(client.session.getState().status).toBe('authenticated');
  });

  it('logs in again with the stored API key', async () => {
    const at = freezeClock();
    const client = newClient();
    await client.login({ apiKey: emulator.account.apiKey });
    emulator.clearRequests();
    at(3_700_000);
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests({ path: '/api/auth/api_key/' })).toBe(1);
  });

  it('logs in again when the server refuses the refresh token', async () => {
    const client = await loggedIn();
    emulator.revokeSessions(); // every token, access and refresh, becomes invalid
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.countRequests(LOGIN)).toBe(1);
  });

  it('100 concurrent calls after the refresh token expired cause one login', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(3_700_000);
    await Promise.all(
      Array.from({ length: 100 }, () => client.listModels(emulator.demo.regressor)),
    );
    expect(emulator.countRequests(LOGIN)).toBe(1);
  });

  it('ends the session with session_expired when there is nothing to log in with', async () => {
    const at = freezeClock();
    const source = await loggedIn();
    const state = source.session.getState();
    if (state.status !== 'authenticated') throw new Error('expected a session');
    const client = newClient({ tokens: state.tokens }); // adopted tokens: no credentials held
    const states: string[] = [];
    client.session.subscribe((s) => states.push(s.status));
    at(3_700_000);
    const error = await client.listModels(emulator.demo.classifier).catch((e: unknown) => e);
    expect(isKonanSessionError(error) && error.reason).toBe('session_expired');
    expect(client.session.getState().status).toBe('anonymous');
    expect(states).toEqual(['anonymous']);
  });

  it('ends the session when the stored credentials are no longer accepted', async () => {
    const client = await loggedIn();
    emulator.revokeSessions();
    emulator.faults.add({
      path: '/api/auth/login/',
      status: 401,
      body: { detail: 'No active account' },
    });
    const error = await client.listModels(emulator.demo.classifier).catch((e: unknown) => e);
    expect(isKonanSessionError(error) && error.reason).toBe('session_expired');
    expect(client.session.getState().status).toBe('anonymous');
  });

  it('stops after one re-login whose token is refused too, instead of a password login per call', async () => {
    const client = await loggedIn();
    // Access revoked: every API call and every refresh answers 401, logins still succeed.
    emulator.faults.add({ path: /\/models\/$/, status: 401 });
    emulator.faults.add({ ...REFRESH, status: 401 });
    const states: string[] = [];
    client.session.subscribe((s) => states.push(s.status));
    const errors: unknown[] = [];
    for (let call = 0; call < 5; call++) {
      errors.push(await client.listModels(emulator.demo.classifier).catch((e: unknown) => e));
    }
    expect(emulator.countRequests(LOGIN)).toBe(1);
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(2);
    const [first, ...later] = errors;
    expect(isKonanSessionError(first) && first.reason).toBe('session_expired');
    expect((first as Error).message).toMatch(/log in again/i);
    for (const error of later) {
      expect(isKonanSessionError(error) && error.reason).toBe('not_authenticated');
    }
    expect(client.session.getState().status).toBe('anonymous');
    expect(states.at(-1)).toBe('anonymous');
  });

  it('ends the session when a call with the token of a fresh re-login is refused', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, status: 401 });
    emulator.faults.add({ ...REFRESH, status: 401 });
    at(3_700_000); // both tokens expired: the call logs in again before it is sent
    const error = await client.listModels(emulator.demo.classifier).catch((e: unknown) => e);
    expect(isKonanSessionError(error) && error.reason).toBe('session_expired');
    expect(emulator.countRequests(LOGIN)).toBe(1);
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(1);
    expect(client.session.getState().status).toBe('anonymous');
  });

  it('keeps the session when the refresh fails for a transient reason', async () => {
    const at = freezeClock();
    const client = await loggedIn();
    at(400_000);
    emulator.faults.add({ path: '/api/auth/token/refresh/', status: 503, times: 1 });
    await expect(client.listModels(emulator.demo.classifier)).rejects.toMatchObject({
      code: 'http',
      status: 503,
    });
    expect(client.session.getState().status).toBe('authenticated');
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(LOGIN)).toBe(0);
  });
});
