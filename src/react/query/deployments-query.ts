import { queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanDeployment } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { followPages } from '../../client/paging.js';
import { callListDeployments } from '../endpoints.js';
import { konanKeys } from './konan-keys.js';
import { retry } from './query-retry.js';

/** Every page of deployments; a repeated `next` or an endless listing rejects (see `followPages`). */
async function allDeployments(client: KonanCore, signal: AbortSignal) {
  const deployments: KonanDeployment[] = [];
  const pages = followPages(
    () => callListDeployments(client, { signal }),
    (pageUrl) => callListDeployments(client, { signal, pageUrl }),
  );
  for await (const page of pages) deployments.push(...page.deployments);
  return deployments;
}

/** `konanQueries.deployments`: every deployment, all pages. */
export const deploymentsQuery = (client: KonanCore) =>
  queryOptions<
    KonanDeployment[],
    KonanError,
    KonanDeployment[],
    ReturnType<typeof konanKeys.deployments>
  >({
    queryKey: konanKeys.deployments(konanKeys.scopeOf(client)),
    queryFn: ({ signal }) => allDeployments(client, signal),
    retry,
  });
