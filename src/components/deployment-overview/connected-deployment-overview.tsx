import { useState } from 'react';
import { useDeployments } from '../../react/hooks/use-deployments.js';
import { useKonan } from '../../react/session/use-konan.js';
import { useNotServing } from '../deployments-list/use-not-serving.js';
import { useFormatters } from '../shared/format.js';
import { subHeadingLevel } from '../shared/heading.js';
import { labelCount } from '../shared/labels.js';
import { useLabels } from '../shared/use-labels.js';
import { ConnectedOverviewCard } from './connected-overview-card.js';
import type { DeploymentOverviewProps } from './deployment-overview.js';
import { defaultDeploymentOverviewLabels } from './deployment-overview-labels.js';
import { OverviewFrame } from './overview-frame.js';

const DAY = 86_400_000;

/** `DeploymentOverview`'s props but those it loads itself. */
export type ConnectedDeploymentOverviewProps = Omit<
  DeploymentOverviewProps,
  'deployments' | 'pending' | 'error' | 'onRetry' | 'signedOut'
>;

/**
 * `DeploymentOverview` over the account's deployments: the list shows at once and every card
 * loads its own live model (`useModels`), last 24 h volume (`usePredictionVolume`, hourly) and
 * last 7 days' metric (`useEvaluationSeries`, daily). Needs a `KonanProvider` above it.
 */
export function ConnectedDeploymentOverview({
  onSelectDeployment,
  labels,
  ...frame
}: ConnectedDeploymentOverviewProps) {
  const { headingLevel = 2 } = frame;
  const l = useLabels('deploymentOverview', defaultDeploymentOverviewLabels, labels);
  const { number } = useFormatters();
  const session = useKonan();
  const deployments = useDeployments();
  const notServing = useNotServing(deployments.data, true);
  const count = deployments.data?.length;
  // One "now" for every card, so their windows (and query keys) hold still while they load.
  const [windows] = useState(() => {
    const end = Date.now();
    return {
      day: { start: new Date(end - DAY), end: new Date(end) },
      week: { start: new Date(end - 7 * DAY), end: new Date(end) },
    };
  });
  return (
    <OverviewFrame
      {...frame}
      labels={l}
      count={count}
      countText={count ? l.count(labelCount(count, (n) => number(n))) : undefined}
      pending={deployments.isPending}
      error={deployments.error}
      onRetry={() => void deployments.refetch()}
      signedOut={session.status !== 'authenticated' && session.status !== 'authenticating'}
    >
      {deployments.data?.map((deployment) => (
        <ConnectedOverviewCard
          key={deployment.uuid}
          deployment={deployment}
          notServing={notServing.includes(deployment.uuid)}
          windows={windows}
          labels={l}
          headingLevel={subHeadingLevel(headingLevel)}
          onSelectDeployment={onSelectDeployment}
        />
      ))}
    </OverviewFrame>
  );
}
