import { hashKey, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { KonanError } from '../../client/errors.js';
import { driftRuns, type KonanDriftProgress, NO_PROGRESS } from '../drift/drift-progress.js';
import type {
  KonanFeatureDriftResult,
  KonanFeatureDriftWindows,
} from '../drift/read-feature-drift.js';
import { konanDriftQueries } from '../query/drift-queries.js';
import type { KonanFeatureDriftKey } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { enabledWith, type KonanQueryOptions, queryBase } from './hook-options.js';
import { UNSET_WINDOW } from './unset-window.js';

export type UseFeatureDriftResult<TData = KonanFeatureDriftResult> = UseQueryResult<
  TData,
  KonanError
> & {
  /** How far the reading under way has got (predictions read of those it will read). */
  progress: KonanDriftProgress;
  /**
   * Stops the reading under way: the requests in flight are aborted and the drift is computed on
   * what was read, with `stoppedShort: 'cancelled'`. Does nothing when nothing is being read.
   */
  cancel: () => void;
};

/**
 * Feature drift of a deployment: every feature and part of the output, the current window
 * against the reference, with the population stability index of each. Reads each window's
 * predictions page by page, at most `maxPredictions` (default 20,000: the latest, as the listing
 * is newest first), and says when it stopped short. Keep the windows stable between renders;
 * pass `undefined` to wait. `options` are TanStack's (`select`, `staleTime`, `enabled`, …).
 */
export function useFeatureDrift<TData = KonanFeatureDriftResult>(
  deploymentUuid: string | undefined,
  windows: KonanFeatureDriftWindows | undefined,
  options: KonanQueryOptions<KonanFeatureDriftResult, TData, KonanFeatureDriftKey> = {},
): UseFeatureDriftResult<TData> {
  const { client, queryClient, authenticated } = useKonanQueryContext('useFeatureDrift');
  const base = konanDriftQueries.featureDrift(
    client,
    deploymentUuid ?? '',
    windows ?? { current: UNSET_WINDOW, reference: UNSET_WINDOW },
  );
  const hash = hashKey(base.queryKey);
  const query = useQuery<KonanFeatureDriftResult, KonanError, TData, KonanFeatureDriftKey>(
    {
      ...queryBase(base),
      ...options,
      enabled: enabledWith(
        authenticated && Boolean(deploymentUuid) && Boolean(windows),
        options.enabled,
      ),
    },
    queryClient,
  );
  const subscribe = useCallback(
    (listener: () => void) => driftRuns.subscribe(client, hash, listener),
    [client, hash],
  );
  const progress = useSyncExternalStore(
    subscribe,
    () => driftRuns.progress(client, hash),
    () => NO_PROGRESS,
  );
  const cancel = useCallback(() => {
    driftRuns.stop(client, hash);
  }, [client, hash]);
  return { ...query, progress, cancel };
}
