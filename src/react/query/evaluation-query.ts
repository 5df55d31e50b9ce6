import { queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanEvaluation, KonanTimeWindowInput } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callEvaluate } from '../endpoints.js';
import { type KonanEvaluationKey, konanKeys } from './konan-keys.js';
import { retry } from './query-retry.js';
import { resolveTimeWindow } from './resolve-time-window.js';

/** `konanQueries.evaluation`: the metrics of one deployment over a time window. */
export const evaluationQuery = (
  client: KonanCore,
  deploymentUuid: string,
  timeWindow: KonanTimeWindowInput,
) =>
  queryOptions<KonanEvaluation, KonanError, KonanEvaluation, KonanEvaluationKey>({
    queryKey: konanKeys.evaluation(konanKeys.scopeOf(client), deploymentUuid, timeWindow),
    queryFn: ({ signal }) =>
      callEvaluate(client, deploymentUuid, resolveTimeWindow(timeWindow), { signal }),
    retry,
  });
