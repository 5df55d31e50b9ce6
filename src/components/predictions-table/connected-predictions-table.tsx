import type { KonanTimeWindow } from '../../client/types.js';
import { usePredictions } from '../../react/hooks/use-predictions.js';
import { useKonan } from '../../react/session/use-konan.js';
import { EmptyState } from '../shared/empty-state.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { PredictionsTable } from './predictions-table.js';
import {
  defaultPredictionsTableLabels,
  type PredictionsTableLabels,
} from './predictions-table-labels.js';

export interface ConnectedPredictionsTableProps {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  window?: KonanTimeWindow;
  onWindowChange?: (window: KonanTimeWindow) => void;
  /** The window the table starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  /** Load the next page when the end of the list scrolls into view. Default true. */
  autoLoad?: boolean;
  labels?: Partial<PredictionsTableLabels>;
}

/** `PredictionsTable` wired to `usePredictions`; needs a `KonanProvider` above it. */
export function ConnectedPredictionsTable({
  deploymentUuid,
  window: controlledWindow,
  onWindowChange,
  initialPreset = '7d',
  autoLoad,
  labels,
}: ConnectedPredictionsTableProps) {
  const session = useKonan();
  const [ownWindow, setOwnWindow] = useTimeWindow(initialPreset);
  const window = controlledWindow ?? ownWindow;
  const query = usePredictions(deploymentUuid, window);

  if (session.status === 'anonymous' || session.status === 'error') {
    const l = mergeLabels(defaultPredictionsTableLabels, labels);
    return (
      <KonanRoot className="konan-predictions-table">
        <section className="konan-panel" aria-label={l.title}>
          <EmptyState title={l.signedOut} />
        </section>
      </KonanRoot>
    );
  }
  return (
    <PredictionsTable
      pages={query.data?.pages}
      hasMore={query.hasNextPage}
      loadingMore={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      pending={query.isPending}
      error={query.error}
      onRetry={() => void (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
      window={window}
      onWindowChange={controlledWindow ? onWindowChange : setOwnWindow}
      {...(autoLoad !== undefined && { autoLoad })}
      {...(labels && { labels })}
    />
  );
}
