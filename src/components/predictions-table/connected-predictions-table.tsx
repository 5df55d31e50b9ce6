import type { KonanTimeWindow, KonanTimeWindowInput } from '../../client/data-types.js';
import { usePredictions } from '../../react/hooks/use-predictions.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { PredictionsTable } from './predictions-table.js';
import type { PredictionsTableLabels } from './predictions-table-labels.js';

export interface ConnectedPredictionsTableProps
  extends KonanHeadedViewProps<PredictionsTableLabels> {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  timeWindow?: KonanTimeWindowInput | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the table starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  /** Load the next page when the end of the list scrolls into view. Default true. */
  autoLoad?: boolean;
}

/** `PredictionsTable` wired to `usePredictions`; needs a `KonanProvider` above it. */
export function ConnectedPredictionsTable({
  deploymentUuid,
  timeWindow: controlledTimeWindow,
  onTimeWindowChange,
  initialPreset = '7d',
  ...viewProps
}: ConnectedPredictionsTableProps) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset);
  const timeWindow = controlledTimeWindow ?? ownTimeWindow;
  const query = usePredictions(deploymentUuid, timeWindow);
  return (
    <PredictionsTable
      {...viewProps}
      pages={query.data?.pages}
      hasMore={query.hasNextPage}
      loadingMore={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      pending={query.isPending}
      error={query.error}
      onRetry={() => void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
      signedOut={session.status === 'anonymous' || session.status === 'error'}
      timeWindow={timeWindow}
      onTimeWindowChange={controlledTimeWindow ? onTimeWindowChange : setOwnTimeWindow}
    />
  );
}
