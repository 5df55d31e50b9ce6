import type { ReactNode } from 'react';
import { Badge } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { PanelFrame } from '../shared/panel-frame.js';
import type { KonanPanelProps } from '../shared/panel-props.js';
import { PanelState } from '../shared/panel-state.js';
import { Skeleton } from '../shared/skeleton.js';
import type { DeploymentOverviewLabels } from './deployment-overview-labels.js';

export interface OverviewFrameProps extends Omit<KonanPanelProps<never>, 'labels'> {
  labels: DeploymentOverviewLabels;
  /** How many deployments there are, once known. */
  count: number | undefined;
  countText: string | undefined;
  onCreate?: (() => void) | undefined;
  /** The cards, one `li` each. */
  children: ReactNode;
}

/** The overview's heading and states around its list of cards (shared by the pure and connected views). */
export function OverviewFrame({
  labels: l,
  count,
  countText,
  pending,
  error,
  onRetry,
  onCreate,
  children,
  ...frame
}: OverviewFrameProps) {
  const unknown = count === undefined;
  return (
    <PanelFrame
      {...frame}
      base="konan-overview"
      framed={false}
      title={l.title}
      labels={l}
      status={
        <>
          {countText ? <Badge>{countText}</Badge> : null}
          {onCreate && count ? (
            <Button className="konan-overview-create" onClick={() => onCreate()}>
              {l.create}
            </Button>
          ) : null}
        </>
      }
    >
      <PanelState
        error={unknown ? error : undefined}
        onRetry={onRetry}
        retryDisabled={false}
        pending={pending}
        labels={l}
        loading={<Skeleton label={l.loading} shape="block" height="9rem" />}
        empty={count === 0 || (unknown && !pending) ? l.emptyTitle : undefined}
        emptyDetail={
          <>
            <p className="konan-overview-muted">{l.emptyHint}</p>
            {onCreate ? (
              <Button variant="primary" onClick={() => onCreate()}>
                {l.create}
              </Button>
            ) : null}
          </>
        }
      >
        {count ? <ul className="konan-overview-list">{children}</ul> : null}
      </PanelState>
    </PanelFrame>
  );
}
