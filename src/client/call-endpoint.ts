import type { ApiCaller } from './api-caller.js';
import type { KonanClient, KonanCore } from './client-interface.js';
import { apiOf } from './core-api.js';

type Endpoints = Omit<KonanClient, keyof KonanCore>;

/** The name of a client method that calls an endpoint: `'predict'`, `'listModels'`, … */
export type KonanEndpointName = keyof Endpoints;

/** An endpoint function of the client modules: the API caller first, then the method's arguments. */
export type EndpointFunction<K extends KonanEndpointName> = (
  api: ApiCaller,
  ...args: Parameters<Endpoints[K]>
) => ReturnType<Endpoints[K]>;

/** Calls one endpoint for a core or client: `call(client, ...the method's arguments)`. */
export type EndpointCall<K extends KonanEndpointName> = (
  core: KonanCore,
  ...args: Parameters<Endpoints[K]>
) => ReturnType<Endpoints[K]>;

/**
 * Binds an endpoint function to the client method of the same endpoint, once, where it is
 * declared. The call goes through the client's own method when it has one (a full client, or an
 * app's wrapper or test double around one), else through the endpoint function itself, so a
 * bundle holds only the endpoints its code names.
 */
export function endpoint<K extends KonanEndpointName>(
  name: K,
  call: EndpointFunction<K>,
): EndpointCall<K> {
  return (core, ...args) => {
    const own = (core as Partial<Endpoints>)[name];
    if (typeof own === 'function') {
      return (own as (...a: Parameters<Endpoints[K]>) => ReturnType<Endpoints[K]>).apply(
        core,
        args,
      );
    }
    return call(apiOf(core), ...args);
  };
}
