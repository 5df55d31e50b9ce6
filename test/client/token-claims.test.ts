import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { isKonanInputError, isKonanValidationError } from '../../src/client';
import { AUTH, setupEmulator } from './harness';

const { emulator, server, newClient, loggedIn } = setupEmulator({ predictionsPerDeployment: 0 });

const base64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const jwt = (payload: unknown): string =>
  `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}.signature`;
const accessWithExp = (exp: unknown) =>
  jwt({ email: 'demo@konan.ai', first_name: 'Dana', exp, iat: Math.floor(Date.now() / 1000) });

const password = () => ({ email: emulator.account.email, password: emulator.account.password });

describe.each([
  ['far beyond what a date can hold', 1e300],
  ['not a number', '1900000000'],
])('an access token whose exp is %s', (_, exp) => {
  it('is refused at login with a validation error naming the exp claim', async () => {
    server.use(
      http.post(`${AUTH}/api/auth/login/`, () =>
        HttpResponse.json({ access: accessWithExp(exp), refresh: jwt({ exp: 2e9 }) }),
      ),
    );
    const client = newClient();
    const error = await client.login(password()).catch((e: unknown) => e);
    expect(isKonanValidationError(error) && error.path).toBe('access.exp');
    expect(client.session.getState().status).toBe('anonymous');
  });

  it('is refused by a refresh, keeping the session readable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const client = await loggedIn();
    server.use(
      http.post(`${AUTH}/api/auth/token/refresh/`, () =>
        HttpResponse.json({ access: accessWithExp(exp) }),
      ),
    );
    vi.setSystemTime(start + 400_000); // the access token has expired: the next call refreshes
    const error = await client.listModels(emulator.demo.classifier).catch((e: unknown) => e);
    expect(isKonanValidationError(error) && error.path).toBe('access.exp');
    const state = client.session.getState();
    expect(state.status === 'authenticated' && state.user.expiresAt.toISOString()).toMatch(
      /^\d{4}-/,
    );
  });

  it('is refused by setTokens with an input error naming the exp claim', () => {
    const client = newClient();
    let error: unknown;
    try {
      client.session.setTokens({ access: accessWithExp(exp), refresh: jwt({ exp: 2e9 }) });
    } catch (e) {
      error = e;
    }
    expect(isKonanInputError(error) && error.message).toMatch(/access\.exp/);
    expect(client.session.getState().status).toBe('anonymous');
  });
});
