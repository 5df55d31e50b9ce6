import { queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanEvaluation, KonanTimeWindow } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callEvaluate } from '../endpoints.js';
import type { ConcurrencyLimit } from '../hooks/concurrency-limit.js';
import { type KonanEvaluationBucketKey, konanKeys } from './konan-keys.js';

const retry = false;

/**
 * The query options behind `useEvaluationSeries`, apart from `konanQueries` so that an app that
 * draws no trend does not bundle them (`konanQueries` is one object: all of it or nothing).
 */
export const konanSeriesQueries = {
  /**
   * One bucket of an evaluation series: `evaluate` over the bucket's window. `limit` bounds how
   * many buckets are in flight at once (the hook shares one between its buckets).
   */
  evaluationBucket: (
    client: KonanCore,
    deploymentUuid: string,
    bucket: KonanTimeWindow,
    limit?: ConcurrencyLimit,
  ) =>
    queryOptions<KonanEvaluation, KonanError, KonanEvaluation, KonanEvaluationBucketKey>({
      queryKey: konanKeys.evaluationBucket(konanKeys.scopeOf(client), deploymentUuid, bucket),
      queryFn: ({ signal }) => {
        const call = () => callEvaluate(client, deploymentUuid, bucket, { signal });
        return limit ? limit.run(call, signal) : call();
      },
      retry,
    }),

  /** Pages of predictions; `fetchNextPage` follows the server's `next` link as given. */
};
