import type { KonanTimeWindow } from '../../client/types.js';
import { useEvaluation } from '../../react/hooks/use-evaluation.js';
import { useKonan } from '../../react/session/use-konan.js';
import { EmptyState } from '../shared/empty-state.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import { MetricsPanel } from './metrics-panel.js';
import { defaultMetricsPanelLabels, type MetricsPanelLabels } from './metrics-panel-labels.js';

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
