import { describe, expect, it } from 'vitest';
import {
  createKonanClient,
  isKonanInputError,
  KONAN_DEFAULT_API_URL,
  KONAN_DEFAULT_AUTH_URL,
} from '../../src/client';
import { createKonanEmulator } from '../../src/emulator';

describe('client options', () => {
  it('defaults to the hosted Konan URLs', () => {
    const client = createKonanClient();
    expect(client.authUrl).toBe(KONAN_DEFAULT_AUTH_URL);
    expect(client.apiUrl).toBe(KONAN_DEFAULT_API_URL);
  });

  it('refuses URLs that are not absolute http(s)', () => {
    expect(() => createKonanClient({ apiUrl: 'api.konan.ai' })).toThrow(/not an absolute URL/);
    let error: unknown;
    try {
      createKonanClient({ authUrl: 'ftp://auth.konan.ai' });
    } catch (e) {
      error = e;
    }
    expect(isKonanInputError(error) && error.field).toBe('authUrl');
  });

  it('uses the given fetch, and keeps the path of an on-premises install', async () => {
    const emulator = createKonanEmulator({ predictionsPerDeployment: 10 });
    const seen: string[] = [];
    // An install under /konan on one host: strip the prefix before the emulator routes it.
    const onPremises: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${request.url}`);
      const url = new URL(request.url);
      url.pathname = url.pathname.replace(/^\/konan/, '');
      return emulator.handle(new Request(url, request));
    };
    const client = createKonanClient({
      authUrl: 'https://konan.example.com/konan/',
      apiUrl: 'https://konan.example.com/konan',
      fetch: onPremises,
    });
    await client.login({ apiKey: emulator.account.apiKey });
    const models = await client.listModels(emulator.demo.classifier);
    expect(models.length).toBeGreaterThan(0);
    expect(seen).toEqual([
      'POST https://konan.example.com/konan/api/auth/api_key/',
      `GET https://konan.example.com/konan/deployments/${emulator.demo.classifier}/models/`,
    ]);
  });

  it('escapes identifiers so they cannot leave their place in the path', async () => {
    const emulator = createKonanEmulator({ predictionsPerDeployment: 10 });
    const seen: string[] = [];
    const client = createKonanClient({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(new URL(request.url).pathname);
        return emulator.handle(request);
      },
    });
    await client.login({ apiKey: emulator.account.apiKey });
    await client.deleteModel('../../api/auth/logout').catch(() => undefined);
    expect(seen.at(-1)).toBe('/deployments/models/..%2F..%2Fapi%2Fauth%2Flogout/');
  });
});
