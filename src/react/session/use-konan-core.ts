import type { KonanClient, KonanCore } from '../../client/client-interface.js';
import { createKonanCore } from '../../client/create-core.js';
import type { KonanTokens } from '../../client/data-types.js';
import { useOwnInstance } from './use-own-instance.js';

export interface KonanCoreProps {
  authUrl?: string | undefined;
  apiUrl?: string | undefined;
  tokens?: KonanTokens | undefined;
  client?: KonanClient | undefined;
}

/** The client passed in, or one the provider creates on its first render and keeps. */
export function useKonanCore({ authUrl, apiUrl, tokens, client }: KonanCoreProps): KonanCore {
  const own = useOwnInstance(!client, () =>
    createKonanCore({
      ...(authUrl !== undefined && { authUrl }),
      ...(apiUrl !== undefined && { apiUrl }),
      ...(tokens !== undefined && { tokens }),
    }),
  );
  return (client ?? own) as KonanCore;
}
