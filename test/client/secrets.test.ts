import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createKonanClient, isKonanForeignOriginError } from '../../src/client';
import { createHttp } from '../../src/client/http';
import { API, AUTH, lastDays, setupEmulator } from './harness';
import { expectKonanErrorWithoutSecrets, rejection } from './no-secrets';

const { emulator, server, loggedIn, newClient } = setupEmulator({ predictionsPerDeployment: 10 });

/** A real access token with a line break in its payload: atob would decode it anyway. */
async function tokensWithLineBreak() {
  const client = await loggedIn();
  const state = client.session.getState();
  if (state.status !== 'authenticated') throw new Error('not logged in');
  const { tokens } = state;
  const [head, payload, signature] = tokens.access.split('.');
  return {
    access: `${head}.${payload?.slice(0, 10)}\n${payload?.slice(10)}.${signature}`,
    refresh: tokens.refresh,
  };
}

describe('no token or password leaves in an error', () => {
  it('refuses a page URL with a user name and password on the API origin, sending nothing', async () => {
    const client = await loggedIn();
    const error = await rejection(
      client.listDeployments({
        pageUrl: 'https://user:s3cr3t-pw@api.konan.ai/deployments/?page=2',
      }),
    );
    expect(isKonanForeignOriginError(error)).toBe(true);
    expectKonanErrorWithoutSecrets(error, ['s3cr3t-pw', 'user:']);
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses a `next` with a user name and password while walking predictions', async () => {
    server.use(
      http.get(`${API}/deployments/:dep/predictions/`, () =>
        HttpResponse.json({
          count: 2,
          next: 'https://user:s3cr3t-pw@api.konan.ai/deployments/x/predictions/?page=2',
          previous: null,
          results: { outputs: [] },
        }),
      ),
    );
    const client = await loggedIn();
    const error = await rejection(
      (async () => {
        for await (const _ of client.predictions(emulator.demo.classifier, lastDays())) {
          // read every page
        }
      })(),
    );
    expectKonanErrorWithoutSecrets(error, ['s3cr3t-pw']);
  });

  it('refuses an access token that an HTTP header cannot carry, without showing it', async () => {
    const tokens = await tokensWithLineBreak();
    const client = newClient();
    const setError = (() => {
      try {
        client.session.setTokens(tokens);
      } catch (e) {
        return e;
      }
      return new Error('setTokens accepted the token');
    })();
    expectKonanErrorWithoutSecrets(setError, [tokens.access, tokens.access.split('.')[1] ?? '']);
    const optionError = (() => {
      try {
        createKonanClient({ tokens });
      } catch (e) {
        return e;
      }
      return new Error('options.tokens accepted the token');
    })();
    expectKonanErrorWithoutSecrets(optionError, [tokens.access]);
  });

  it('refuses a login answer whose access token has a line break, without showing it', async () => {
    const tokens = await tokensWithLineBreak();
    server.use(http.post(`${AUTH}/api/auth/login/`, () => HttpResponse.json(tokens)));
    const client = newClient();
    const error = await rejection(
      client.login({ email: emulator.account.email, password: emulator.account.password }),
    );
    expectKonanErrorWithoutSecrets(error, [tokens.access, tokens.refresh]);
  });

  it('keeps the password out of a rejected login, a network failure and a timeout', async () => {
    const password = 'hunter2-very-secret';
    const client = newClient({ timeoutMs: 200, retries: 0 });
    const login = () => client.login({ email: emulator.account.email, password });
    expectKonanErrorWithoutSecrets(await rejection(login()), [password]);
    emulator.faults.add({ path: '/api/auth/login/', networkError: true, times: 1 });
    expectKonanErrorWithoutSecrets(await rejection(login()), [password]);
    emulator.faults.add({ path: '/api/auth/login/', delayMs: 2_000, times: 1 });
    expectKonanErrorWithoutSecrets(await rejection(login()), [password]);
  });

  it('never hands the runtime a token an HTTP header cannot carry', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0\n.c2lnbmF0dXJl';
    const http = createHttp({ fetch: emulator.fetch, timeoutMs: 1_000, retries: 0 });
    const error = await rejection(http({ method: 'GET', url: `${API}/deployments/`, token }));
    expectKonanErrorWithoutSecrets(error, [token, 'eyJzdWIiOiJ1c2VyIn0']);
    expect(emulator.requests).toHaveLength(0);
  });

  it('masks a user name and password in a configured URL it refuses', () => {
    const error = (() => {
      try {
        createKonanClient({ apiUrl: 'ftp://admin:pa55word@api.konan.ai' });
      } catch (e) {
        return e;
      }
      return new Error('the URL was accepted');
    })();
    expectKonanErrorWithoutSecrets(error, ['pa55word']);
  });
});
