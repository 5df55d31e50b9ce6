import { useEffect, useMemo } from 'react';
import type { KonanPredictionsPage, KonanTimeWindow } from '../../client/data-types.js';
import { KONAN_DRIFT_MAX_PREDICTIONS } from '../../react/drift/read-feature-drift.js';
import { usePredictions } from '../../react/hooks/use-predictions.js';
import { type KonanResidualSample, residualsOf } from './residuals.js';

export interface ResidualSampleOptions {
  /** Read only when true (e.g. once the evaluation shows a regressor). */
  enabled: boolean;
  /** Most predictions read (the latest: the listing is newest first). Default 20,000, as drift. */
  maxPredictions?: number | undefined;
}

/** The residual sample of the predictions read so far, at most `max` of them. */
export function residualSampleOf(
  pages: readonly KonanPredictionsPage[],
  max: number,
): KonanResidualSample {
  const predictions = pages.flatMap((page) => page.predictions).slice(0, max);
  return {
    residuals: residualsOf(predictions),
    read: predictions.length,
    total: pages[0]?.count ?? predictions.length,
  };
}

/** Whether to read another page: there is one, and fewer than `max` predictions were read. */
export function wantsNextPage(pages: readonly KonanPredictionsPage[], max: number): boolean {
  const last = pages[pages.length - 1];
  const read = pages.reduce((n, page) => n + page.predictions.length, 0);
  return Boolean(last?.next) && read < max;
}

/**
 * A regressor's errors in a window: its predictions read through `usePredictions`, page after
 * page, up to `maxPredictions`; the sample comes once the reading is done.
 */
export function useResidualSample(
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
  { enabled, maxPredictions = KONAN_DRIFT_MAX_PREDICTIONS }: ResidualSampleOptions,
) {
  const query = usePredictions(deploymentUuid, timeWindow, { enabled });
  const pages = query.data?.pages;
  const more = pages !== undefined && wantsNextPage(pages, maxPredictions);
  const { fetchNextPage, isFetching, isError } = query;
  useEffect(() => {
    if (more && !isFetching && !isError) void fetchNextPage();
  }, [more, isFetching, isError, fetchNextPage]);
  const done = pages !== undefined && !more;
  const sample = useMemo(
    () => (done && pages ? residualSampleOf(pages, maxPredictions) : undefined),
    [done, pages, maxPredictions],
  );
  return {
    sample,
    pending: enabled && !done && !isError,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
