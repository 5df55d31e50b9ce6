import type { ReactNode } from 'react';
import { Badge } from '../shared/badge.js';
import { Button } from '../shared/button.js';
import { EmptyState } from '../shared/empty-state.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import { Skeleton } from '../shared/skeleton.js';
import type { DeploymentOverviewLabels } from './deployment-overview-labels.js';

export interface OverviewFrameProps {
  labels: DeploymentOverviewLabels;
  headingLevel: KonanHeadingLevel;
  className?: string | undefined;
  /** How many deployments there are, once known. */
  count: number | undefined;
  countText: string | undefined;
  pending: boolean;
  error: unknown;
  onRetry?: (() => void) | undefined;
  signedOut: boolean;
  onCreate?: (() => void) | undefined;
  /** The cards, one `li` each. */
  children: ReactNode;
}

/** The overview's heading and states around its list of cards (shared by the pure and connected views). */
export function OverviewFrame({
  labels: l,
  headingLevel,
  count,
  countText,
  pending,
  error,
  onRetry,
  signedOut,
  onCreate,
  children,
}: OverviewFrameProps) {
  const body = signedOut ? (
    <EmptyState title={l.signedOutTitle} />
  ) : error && count === undefined ? (
    <ErrorAlert title={l.errorTitle} error={error} onRetry={onRetry} retryLabel={l.retry} />
  ) : pending && count === undefined ? (
    <Skeleton label={l.loading} shape="block" height="9rem" />
  ) : count === 0 || count === undefined ? (
    <EmptyState title={l.emptyTitle}>
      <p className="konan-overview-muted">{l.emptyHint}</p>
      {onCreate ? (
        <Button variant="primary" onClick={onCreate}>
          {l.create}
        </Button>
      ) : null}
    </EmptyState>
  ) : (
    <ul className="konan-overview-list">{children}</ul>
  );
  return (
    <>
      <div className="konan-overview-header">
        <Heading level={headingLevel} className="konan-panel-title">
          {l.title}
        </Heading>
        {countText && !signedOut ? <Badge>{countText}</Badge> : null}
        {onCreate && count ? (
          <Button className="konan-overview-create" onClick={onCreate}>
            {l.create}
          </Button>
        ) : null}
      </div>
      {body}
    </>
  );
}
