/** The demo account the emulator accepts. */
export interface KonanEmulatorAccount {
  email: string;
  password: string;
  apiKey: string;
  firstName: string;
  lastName: string;
  organizationId: string;
}

/**
 * Which server generation the emulator plays. `legacy`: POST /deployments/ creates a deployment
 * with its live model. `projects`: that call answers 400 and POST /deployments/ takes
 * `{name, description?}` to create a project, as newer servers do.
 */
export type KonanEmulatorGeneration = 'legacy' | 'projects';

export interface KonanEmulatorOptions {
  /** Same seed, same demo data (uuids, features, outputs, feedback). Default 42. */
  seed?: number;
  /** Access token lifetime. Default 300 seconds. */
  accessTtlSeconds?: number;
  /** Refresh token lifetime. Default 86,400 seconds (one day). */
  refreshTtlSeconds?: number;
  /** Default `legacy`. */
  generation?: KonanEmulatorGeneration;
  /** Overrides of the demo account (`demo@konan.ai` / `konan-demo`, API key `konan-demo-key`). */
  account?: Partial<KonanEmulatorAccount>;
  /** Seeded predictions per working demo deployment. Default 2,500 (5,000 in all). */
  predictionsPerDeployment?: number;
  /** Page size of the predictions listing. Default 100. */
  pageSize?: number;
  /** Latency added to every request, in milliseconds. Default 0. */
  latencyMs?: number;
  /**
   * How many of the latest requests `requests` keeps (older ones are dropped first), so a
   * long-running emulator does not grow without bound. Default 1,000; 0 keeps none.
   */
  requestLogLimit?: number;
}

/** A fault injected into the matching requests, before routing. */
export interface KonanEmulatorFault {
  /** HTTP method to match (case-insensitive). Omitted: any. */
  method?: string;
  /** URL pathname to match: exact string or a RegExp. Omitted: any. */
  path?: string | RegExp;
  /** Let this many matching requests through first. Default 0. */
  skip?: number;
  /** How many matching requests the fault hits, after `skip`. Default: all. */
  times?: number;
  /** Answer with this status instead of routing the request. */
  status?: number;
  /** The JSON body of the answer. A string is sent raw (e.g. malformed JSON). */
  body?: unknown;
  /** Extra headers of the answer, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
  /** Fail at the network level: `handle` rejects with a TypeError, MSW answers `HttpResponse.error()`. */
  networkError?: boolean;
  /** Delay before answering (or before routing, when nothing else is set). */
  delayMs?: number;
}

/** One request the emulator handled. `status` is 0 for an injected network error. */
export interface KonanEmulatorRequest {
  method: string;
  /** The URL pathname, e.g. `/deployments/{uuid}/predict/`. */
  path: string;
  url: string;
  status: number;
}

export interface KonanEmulatorRequestFilter {
  method?: string;
  path?: string | RegExp;
}

/** The uuids of the seeded demo deployments. */
export interface KonanEmulatorDemo {
  /** "Loan approval": a binary classifier, output `{label: 'approved' | 'rejected', probability}`. */
  classifier: string;
  /** "House prices": a regressor, output `{value, currency: 'EUR'}`. */
  regressor: string;
  /** "Churn forecast": its creation failed (image could not be pulled); no live model. */
  failed: string;
}

export interface KonanEmulatorFaults {
  /** Adds a fault; returns a function that removes it. */
  add(fault: KonanEmulatorFault): () => void;
  clear(): void;
}

export interface KonanEmulator {
  /** Answers a request to any auth or API path, on any origin. Rejects with a TypeError for an injected network fault. */
  handle(request: Request): Promise<Response>;
  /**
   * A drop-in `fetch` served by the emulator. Typed without the DOM's `RequestInfo`, so that Node
   * apps without `lib: ["DOM"]` type-check.
   */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  readonly account: Pick<KonanEmulatorAccount, 'email' | 'password' | 'apiKey'>;
  readonly demo: KonanEmulatorDemo;
  readonly options: Readonly<ResolvedKonanEmulatorOptions>;
  /** The last `requestLogLimit` handled requests (default 1,000), oldest first. */
  readonly requests: readonly KonanEmulatorRequest[];
  /** How many of the kept `requests` match: older requests beyond `requestLogLimit` are not counted. */
  countRequests(filter?: KonanEmulatorRequestFilter): number;
  clearRequests(): void;
  readonly faults: KonanEmulatorFaults;
  /** Back to the seeded state: data re-seeded, log and faults cleared, every token revoked. */
  reset(): void;
  /** Every token issued so far becomes invalid (401). */
  revokeSessions(): void;
}

export interface ResolvedKonanEmulatorOptions {
  seed: number;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  generation: KonanEmulatorGeneration;
  account: KonanEmulatorAccount;
  predictionsPerDeployment: number;
  pageSize: number;
  latencyMs: number;
  requestLogLimit: number;
}
