import { queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanModel } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callListModels } from '../endpoints.js';
import { konanKeys } from './konan-keys.js';
import { retry } from './query-retry.js';

/** `konanQueries.models`: the models of one deployment. */
export const modelsQuery = (client: KonanCore, deploymentUuid: string) =>
  queryOptions<KonanModel[], KonanError, KonanModel[], ReturnType<typeof konanKeys.models>>({
    queryKey: konanKeys.models(konanKeys.scopeOf(client), deploymentUuid),
    queryFn: ({ signal }) => callListModels(client, deploymentUuid, { signal }),
    retry,
  });
