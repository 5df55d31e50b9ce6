import type { KonanClient } from '../../client/client-interface.js';
import { konanClientFor } from '../../client/create-client.js';
import { useKonanContext } from './konan-context.js';

/**
 * The provider's client, for calls no hook covers. Stable for the provider's lifetime, and the
 * very client passed to `<KonanProvider client>` when there is one. Only apps that call this
 * bundle every endpoint method (hence its own file); hooks import just the endpoints they use.
 */
export function useKonanClient(): KonanClient {
  return konanClientFor(useKonanContext('useKonanClient').client);
}
