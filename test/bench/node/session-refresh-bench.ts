import { setTimeout as sleep } from 'node:timers/promises';
import { createKonanClient } from '../../../src/client';
import type { KonanTokens } from '../../../src/client/data-types';
import { createKonanEmulator, serveKonanEmulator } from '../../../src/emulator';
import { withTimeout } from '../with-timeout';

export const CONCURRENT_CALLS = 100;
/**
 * Long enough that a refreshed token outlives the burst even on a loaded machine: with 1 s, the
 * new token expired while some of the 100 requests were still queued (401s, more refreshes).
 */
export const ACCESS_TTL_SECONDS = 10;
const REFRESH = { method: 'POST', path: '/api/auth/token/refresh/' };
const LIMIT_MS = 60_000;

export interface RefreshCase {
  refreshRequests: number;
  modelRequests: number;
  wallMs: number;
  succeeded: number;
}

/**
 * 100 `listModels` calls fired at once after the access token (10 s lifetime) expired.
 * `konan`: one client, as an app holds it. `baseline`: one client per call, each holding the
 * same expired tokens, so nothing is shared between the calls: what per-call refresh costs.
 */
export async function runRefreshCase(variant: 'konan' | 'baseline'): Promise<RefreshCase> {
  const emulator = createKonanEmulator({ accessTtlSeconds: ACCESS_TTL_SECONDS });
  const server = await serveKonanEmulator(emulator, { port: 0 });
  try {
    const options = { authUrl: server.url, apiUrl: server.url };
    const first = createKonanClient(options);
    await first.login({ email: emulator.account.email, password: emulator.account.password });
    const state = first.session.getState();
    if (state.status !== 'authenticated') throw new Error('refresh bench: login failed');
    const tokens: KonanTokens = state.tokens;
    await sleep(ACCESS_TTL_SECONDS * 1_000 + 500); // the access token has expired
    const clients =
      variant === 'konan'
        ? Array.from({ length: CONCURRENT_CALLS }, () => first)
        : Array.from({ length: CONCURRENT_CALLS }, () => createKonanClient({ ...options, tokens }));
    emulator.clearRequests();
    const deployment = emulator.demo.classifier;
    const begin = performance.now();
    const settled = await withTimeout(
      Promise.allSettled(clients.map((client) => client.listModels(deployment))),
      LIMIT_MS,
      'refresh bench',
    );
    const wallMs = performance.now() - begin;
    return {
      refreshRequests: emulator.countRequests(REFRESH),
      modelRequests: emulator.countRequests({ method: 'GET', path: /\/models\/$/ }),
      wallMs,
      succeeded: settled.filter((s) => s.status === 'fulfilled').length,
    };
  } finally {
    await server.close();
  }
}
