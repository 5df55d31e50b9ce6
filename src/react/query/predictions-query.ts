import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanPredictionsPage, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callListPredictions } from '../endpoints.js';
import { type KonanPredictionsKey, konanKeys } from './konan-keys.js';
import { retry } from './query-retry.js';
import { resolveTimeWindow } from './resolve-time-window.js';

/** `konanQueries.predictions`: one deployment's predictions in a time window, page by page. */
export const predictionsQuery = (
  client: KonanCore,
  deploymentUuid: string,
  timeWindow: KonanTimeWindowInput,
) =>
  infiniteQueryOptions<
    KonanPredictionsPage,
    KonanError,
    InfiniteData<KonanPredictionsPage, string | null>,
    KonanPredictionsKey,
    string | null
  >({
    queryKey: konanKeys.predictions(konanKeys.scopeOf(client), deploymentUuid, timeWindow),
    // A relative window is resolved when the first page is fetched (each refetch starts there);
    // later pages follow the `next` link of that page, so they stay in the same window.
    queryFn: ({ signal, pageParam }) =>
      callListPredictions(client, deploymentUuid, resolveTimeWindow(timeWindow), {
        signal,
        ...(pageParam !== null && { pageUrl: pageParam }),
      }),
    initialPageParam: null,
    getNextPageParam: (last) => last.next ?? undefined,
    retry,
  });
