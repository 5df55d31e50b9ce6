import type { KonanClient } from '../../client/client-types';
import { useKonanContext } from './use-konan-context';

/** The provider's client, for calls no hook covers. Stable for the provider's lifetime. */
export function useKonanClient(): KonanClient {
  return useKonanContext('useKonanClient').session.client;
}
