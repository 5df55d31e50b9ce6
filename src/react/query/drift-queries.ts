import { hashKey, queryOptions } from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanError } from '../../client/errors.js';
import { driftRuns } from '../drift/drift-progress.js';
import {
  KONAN_DRIFT_MAX_PREDICTIONS,
  type KonanFeatureDriftResult,
  type KonanFeatureDriftWindows,
  readFeatureDrift,
} from '../drift/read-feature-drift.js';
import { type KonanFeatureDriftKey, konanKeys } from './konan-keys.js';

const retry = false;

/**
 * The query options behind `useFeatureDrift`, apart from `konanQueries` so that an app without
 * drift does not bundle the reading and the statistics (`konanQueries` is one object).
 */
export const konanDriftQueries = {
  /**
   * Feature drift of the current window against the reference (`useFeatureDrift`): reads at most
   * `maxPredictions` of each window (default 20,000), reporting progress to the hooks, and
   * computes in slices that yield to the page.
   */
  featureDrift: (client: KonanCore, deploymentUuid: string, windows: KonanFeatureDriftWindows) => {
    const request = {
      ...windows,
      maxPredictions: windows.maxPredictions ?? KONAN_DRIFT_MAX_PREDICTIONS,
    };
    return queryOptions<
      KonanFeatureDriftResult,
      KonanError,
      KonanFeatureDriftResult,
      KonanFeatureDriftKey
    >({
      queryKey: konanKeys.featureDrift(konanKeys.scopeOf(client), deploymentUuid, request),
      queryFn: async ({ signal, queryKey }) => {
        const hash = hashKey(queryKey);
        const stop = driftRuns.start(client, hash);
        try {
          return await readFeatureDrift(client, deploymentUuid, request, {
            signal,
            stop,
            onProgress: (progress) => driftRuns.report(client, hash, progress),
          });
        } finally {
          driftRuns.finish(client, hash);
        }
      },
      retry,
    });
  },
};
