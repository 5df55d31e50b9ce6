import { useFormatters } from '../shared/format.js';
import { subHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import type { KonanPanelProps } from '../shared/panel-props.js';
import { useLabels } from '../shared/use-labels.js';
import { DeploymentOverviewCard } from './deployment-overview-card.js';
import {
  type DeploymentOverviewLabels,
  defaultDeploymentOverviewLabels,
} from './deployment-overview-labels.js';
import { OverviewFrame } from './overview-frame.js';
import type { DeploymentOverviewItem } from './overview-item.js';

export interface DeploymentOverviewProps extends KonanPanelProps<DeploymentOverviewLabels> {
  /** Every deployment, each with what is known of it so far. */
  deployments?: readonly DeploymentOverviewItem[] | undefined;
  /** Called with a deployment's uuid when the user opens it (Enter, Space or a click on its card). */
  onSelectDeployment?: ((deploymentUuid: string) => void) | undefined;
  /** Shows a "Create deployment" button (also in the empty state). */
  onCreate?: (() => void) | undefined;
}

/**
 * The home view after login: a card per deployment with its live model (or "Not serving"), the
 * last 24 hours' predictions as a sparkline with their total, their feedback coverage, and the
 * latest daily metric with its trend. The time windows are fixed (24 h, 7 days by day), so the
 * view takes no `timeWindow`.
 */
export function DeploymentOverview({
  deployments,
  onSelectDeployment,
  onCreate,
  labels,
  ...panel
}: DeploymentOverviewProps) {
  const l = useLabels('deploymentOverview', defaultDeploymentOverviewLabels, labels);
  const { number } = useFormatters();
  const { pending = false, error, headingLevel = 2 } = panel;
  const count = pending && !deployments?.length ? undefined : (deployments?.length ?? undefined);
  return (
    <OverviewFrame
      {...panel}
      labels={l}
      count={error && !deployments ? undefined : (count ?? (pending ? undefined : 0))}
      countText={count ? l.count(labelCount(count, (n) => number(n))) : undefined}
      onCreate={onCreate}
    >
      {deployments?.map((item) => (
        <DeploymentOverviewCard
          key={item.uuid}
          item={item}
          labels={l}
          headingLevel={subHeadingLevel(headingLevel)}
          onSelectDeployment={onSelectDeployment}
        />
      ))}
    </OverviewFrame>
  );
}
