import type { ApiCaller } from './api-caller.js';
import type { KonanClient, KonanCore } from './client-types.js';
import { apiOf } from './core-api.js';

type Endpoints = Omit<KonanClient, keyof KonanCore>;
type EndpointName = keyof Endpoints;

/**
 * Calls one endpoint for `core`: through the client's own method when it has one (a full client,
 * or an app's wrapper or test double around one), else through the endpoint function itself, so a
 * bundle holds only the endpoints its code names.
 */
export function callEndpoint<K extends EndpointName>(
  core: KonanCore,
  name: K,
  endpoint: (api: ApiCaller, ...args: Parameters<Endpoints[K]>) => ReturnType<Endpoints[K]>,
  ...args: Parameters<Endpoints[K]>
): ReturnType<Endpoints[K]> {
  const own = (core as Partial<Endpoints>)[name];
  if (typeof own === 'function') {
    return (own as (...a: Parameters<Endpoints[K]>) => ReturnType<Endpoints[K]>)(...args);
  }
  return endpoint(apiOf(core), ...args);
}
