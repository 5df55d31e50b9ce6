import { createApiCaller } from './api-caller.js';
import type { KonanClientOptions, KonanCore } from './client-interface.js';
import { registerApi } from './core-api.js';
import { createHttp } from './http.js';
import { createSession } from './session.js';
import { parseBaseUrl } from './url.js';
import { requireCount } from './validate-input.js';

// Here, not in client-interface.ts: a constant there is inlined by the build, which leaves a bare
// import of a types-only module behind (and a bundler warning in every app).
/** Hosted Konan. On-premises installs pass their own URLs. */
export const KONAN_DEFAULT_AUTH_URL = 'https://auth.konan.ai';
export const KONAN_DEFAULT_API_URL = 'https://api.konan.ai';

/** The session half of `createKonanClient`: what every endpoint call needs, and nothing else. */
export function createKonanCore(options: KonanClientOptions = {}): KonanCore {
  const authUrlText = options.authUrl ?? KONAN_DEFAULT_AUTH_URL;
  const apiUrlText = options.apiUrl ?? KONAN_DEFAULT_API_URL;
  const authUrl = parseBaseUrl('authUrl', authUrlText);
  const apiUrl = parseBaseUrl('apiUrl', apiUrlText);
  const http = createHttp({
    fetch: options.fetch,
    timeoutMs: requireCount('timeoutMs', options.timeoutMs ?? 30_000),
    retries: options.retries === 0 ? 0 : requireCount('retries', options.retries ?? 2),
  });
  const session = createSession({
    http,
    authUrl,
    refreshLeewayMs: Math.max(options.refreshLeewayMs ?? 30_000, 0),
    tokens: options.tokens,
  });
  const core: KonanCore = {
    authUrl: authUrlText,
    apiUrl: apiUrlText,
    session: session.session,
    login: (input, opts) => session.login(input, opts?.signal),
    logout: (opts) => session.logout(opts?.allDevices ?? false),
  };
  registerApi(core, createApiCaller(http, session, apiUrl));
  return core;
}
