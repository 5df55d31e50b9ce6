import type { KonanTimeWindow } from '../../client/types';
import { useEvaluation } from '../../react/hooks/use-evaluation';
import { useKonan } from '../../react/session/use-konan';
import { EmptyState } from '../shared/empty-state';
import { mergeLabels } from '../shared/labels';
import { KonanRoot } from '../shared/root';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window';
import { useTimeWindow } from '../time-window-picker/use-time-window';
import { MetricsPanel } from './metrics-panel';
import { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels';

export interface ConnectedMetricsPanelProps {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  window?: KonanTimeWindow;
  onWindowChange?: (window: KonanTimeWindow) => void;
  /** The window the panel starts with when it holds its own. Default: the last 7 days. */
  initialPreset?: KonanTimeWindowPreset;
  labels?: Partial<MetricsPanelLabels>;
}

/** `MetricsPanel` wired to `useEvaluation`; needs a `KonanProvider` above it. */
export function ConnectedMetricsPanel({
  deploymentUuid,
  window: controlledWindow,
  onWindowChange,
  initialPreset = '7d',
  labels,
}: ConnectedMetricsPanelProps) {
  const session = useKonan();
  const [ownWindow, setOwnWindow] = useTimeWindow(initialPreset);
  const window = controlledWindow ?? ownWindow;
  const query = useEvaluation(deploymentUuid, window);

  if (session.status === 'anonymous' || session.status === 'error') {
    const l = mergeLabels(defaultMetricsPanelLabels, labels);
    return (
      <KonanRoot className="konan-metrics-panel">
        <section className="konan-panel" aria-label={l.title}>
          <EmptyState title={l.signedOut} />
        </section>
      </KonanRoot>
    );
  }
  return (
    <MetricsPanel
      evaluation={query.data}
      pending={query.isFetching || session.status === 'authenticating'}
      error={query.error}
      onRetry={() => void query.refetch()}
      window={window}
      onWindowChange={controlledWindow ? onWindowChange : setOwnWindow}
      {...(labels && { labels })}
    />
  );
}
