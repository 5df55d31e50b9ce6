import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createKonanClient, type KonanClient, type KonanClientOptions } from '../../src/client';
import { createKonanEmulator, type KonanEmulatorOptions } from '../../src/emulator';
import { konanHandlers } from '../../src/emulator/msw';

export const API = 'https://api.konan.ai';
export const AUTH = 'https://auth.konan.ai';

/** The last 30 days, where the emulator's demo predictions live. */
export function lastDays(days = 30): { start: Date; end: Date } {
  const end = new Date();
  return { start: new Date(end.getTime() - days * 86_400_000), end };
}

/**
 * One emulator per test file, served through MSW on the hosted Konan origins (the client's
 * defaults), reset after every test. Single routes can be overridden with `server.use`.
 */
export function setupEmulator(options: KonanEmulatorOptions = {}) {
  // Each test re-seeds thousands of predictions; leave room for a loaded, shared machine.
  vi.setConfig({ testTimeout: 20_000 });
  const emulator = createKonanEmulator(options);
  const server = setupServer(...konanHandlers(emulator));

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    emulator.reset();
    vi.useRealTimers();
  });
  afterAll(() => server.close());

  const newClient = (clientOptions: KonanClientOptions = {}): KonanClient =>
    createKonanClient(clientOptions);

  /** A client logged in with the demo account, the request log cleared after the login. */
  async function loggedIn(clientOptions: KonanClientOptions = {}): Promise<KonanClient> {
    const client = newClient(clientOptions);
    await client.login({ email: emulator.account.email, password: emulator.account.password });
    emulator.clearRequests();
    return client;
  }

  /** JSON bodies of the POSTs whose pathname matches, as they left the client. */
  function captureBodies(path: RegExp): Promise<unknown>[] {
    const bodies: Promise<unknown>[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && path.test(new URL(request.url).pathname)) {
        bodies.push(request.clone().json());
      }
    });
    return bodies;
  }

  afterEach(() => server.events.removeAllListeners());

  return { emulator, server, newClient, loggedIn, captureBodies };
}
