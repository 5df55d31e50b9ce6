import type { ApiCaller } from './api-caller.js';
import type { KonanCore } from './client-interface.js';

// Kept off the objects themselves so the API caller is not part of the public shape. Only
// `createKonanCore` registers; a full client reaches its core's caller through its own methods.
const apis = new WeakMap<KonanCore, ApiCaller>();

export function registerApi(core: KonanCore, api: ApiCaller): void {
  apis.set(core, api);
}

/** The authenticated API caller behind a core or client made by this library. */
export function apiOf(core: KonanCore): ApiCaller {
  const api = apis.get(core);
  if (!api) {
    throw new TypeError(
      'This Konan client was not made by createKonanClient() from konan-react/client; pass one that was.',
    );
  }
  return api;
}
