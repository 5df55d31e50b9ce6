import type { RouteContext } from './context.js';
import { seedDemoData } from './demo-data.js';
import { FaultRegistry, matchesRequest } from './faults.js';
import { resolveOptions } from './options.js';
import { createRandom, type Random } from './prng.js';
import { raw } from './responses.js';
import { dispatch } from './router.js';
import { sleep } from './sleep.js';
import { EmulatorStore } from './store.js';
import { TokenAuthority } from './tokens.js';
import type {
  KonanEmulator,
  KonanEmulatorDemo,
  KonanEmulatorFault,
  KonanEmulatorOptions,
  KonanEmulatorRequest,
  KonanEmulatorRequestFilter,
} from './types.js';

/** The TypeError `handle` rejects with for an injected network fault, as `fetch` does. */
function networkError(): TypeError {
  return new TypeError('Failed to fetch (network error injected by the Konan emulator)');
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, { status: response.status, headers: merged });
}

/**
 * A stateful Konan API: every auth and API endpoint of the contract over an in-memory store,
 * seeded with demo data. One fetch-style handler, served through MSW, a node server or `fetch`.
 */
export function createKonanEmulator(options: KonanEmulatorOptions = {}): KonanEmulator {
  const resolved = resolveOptions(options);
  const tokens = new TokenAuthority(
    resolved.account,
    resolved.accessTtlSeconds,
    resolved.refreshTtlSeconds,
  );
  const faults = new FaultRegistry();
  const log: KonanEmulatorRequest[] = [];
  let store: EmulatorStore;
  let random: Random;
  let demo: KonanEmulatorDemo;

  const seed = () => {
    store = new EmulatorStore();
    demo = seedDemoData(store, resolved.seed, Date.now(), resolved.predictionsPerDeployment);
    // A separate stream for run-time ids, so the demo data never depends on what ran before.
    random = createRandom(resolved.seed ^ 0x5eed);
  };
  seed();

  const answer = async (request: Request, url: URL): Promise<Response> => {
    const method = request.method.toUpperCase();
    if (resolved.latencyMs > 0) await sleep(resolved.latencyMs, request.signal);
    const fault: KonanEmulatorFault | undefined = faults.take(method, url.pathname);
    if (fault?.delayMs) await sleep(fault.delayMs, request.signal);
    if (fault?.networkError) throw networkError();
    if (fault && (fault.status !== undefined || fault.body !== undefined)) {
      return raw(fault.status ?? 200, fault.body, fault.headers);
    }
    const context: Omit<RouteContext, 'params'> = {
      request,
      url,
      store,
      tokens,
      options: resolved,
      random,
    };
    let response: Response;
    try {
      response = await dispatch(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      response = raw(500, { detail: `Konan emulator error: ${reason}` }, undefined);
    }
    return fault?.headers ? withHeaders(response, fault.headers) : response;
  };

  const record = (entry: KonanEmulatorRequest) => {
    log.push(entry);
    if (log.length > resolved.requestLogLimit) log.splice(0, log.length - resolved.requestLogLimit);
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const entry = { method: request.method.toUpperCase(), path: url.pathname, url: url.href };
    try {
      const response = await answer(request, url);
      record({ ...entry, status: response.status });
      return response;
    } catch (error) {
      if (error instanceof TypeError) record({ ...entry, status: 0 });
      throw error;
    }
  };

  return {
    handle,
    fetch: (input, init) => handle(new Request(input, init)),
    get account() {
      const { email, password, apiKey } = resolved.account;
      return { email, password, apiKey };
    },
    get demo() {
      return demo;
    },
    options: resolved,
    requests: log,
    countRequests: (filter: KonanEmulatorRequestFilter = {}) =>
      log.filter((r) => matchesRequest(filter, r.method, r.path)).length,
    clearRequests: () => {
      log.length = 0;
    },
    faults,
    reset: () => {
      seed();
      log.length = 0;
      faults.clear();
      tokens.revokeAll();
    },
    revokeSessions: () => tokens.revokeAll(),
  };
}
