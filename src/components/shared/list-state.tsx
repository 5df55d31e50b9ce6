import type { ReactNode } from 'react';
import { EmptyState } from './empty-state.js';
import { ErrorAlert } from './error-alert.js';
import type { ListStateLabels, RefreshedListStateLabels } from './list-state-labels.js';
import type { KonanListStateProps } from './list-state-props.js';
import { Skeleton } from './skeleton.js';

export interface ListStateProps extends KonanListStateProps {
  /** The rows are here (possibly none): `children` or the empty state show, not the loading. */
  loaded: boolean;
  /** Loaded, and there is no row: the empty state shows instead of `children`. */
  empty: boolean;
  /**
   * With a `refreshErrorTitle`, a failure once the rows are shown is a warning above them (a
   * failed refresh); without, the list reports that failure itself (e.g. below the rows).
   */
  labels: ListStateLabels | RefreshedListStateLabels;
  /** The loading placeholder, in the shape of the loaded rows: how many, and how tall each is. */
  skeleton: { rows: number; height: string };
  /** Show `labels.emptyHint` in the empty state. Default true. */
  emptyHint?: boolean;
  /** After the empty state's hint, e.g. a "Create" button. */
  emptyAction?: ReactNode;
  /** The rows. */
  children: ReactNode;
}

/**
 * What a list or table shows around its rows: a skeleton the size of the rows while they load
 * (the layout does not jump when they arrive), the failure with a retry, a word when nobody is
 * logged in, the empty state, and a warning when a refresh fails but the last rows stay.
 */
export function ListState({
  loaded,
  empty,
  pending = false,
  error,
  onRetry,
  signedOut = false,
  labels,
  skeleton,
  emptyHint = true,
  emptyAction,
  children,
}: ListStateProps) {
  if (!loaded) {
    // Signed out first: what a previous session left (a failure, a pending query) is moot.
    if (signedOut) return <p className="konan-muted">{labels.signedOutTitle}</p>;
    if (error) {
      return (
        <ErrorAlert
          title={labels.errorTitle}
          error={error}
          onRetry={onRetry}
          retryLabel={labels.retry}
        />
      );
    }
    return pending ? (
      <Skeleton label={labels.loading} rows={skeleton.rows} height={skeleton.height} />
    ) : null;
  }
  const refreshErrorTitle = 'refreshErrorTitle' in labels ? labels.refreshErrorTitle : undefined;
  return (
    <>
      {error && refreshErrorTitle ? (
        <ErrorAlert
          tone="warning"
          title={refreshErrorTitle}
          error={error}
          onRetry={onRetry}
          retryLabel={labels.retry}
        />
      ) : null}
      {empty ? (
        <div role="status">
          <EmptyState title={labels.emptyTitle}>
            {emptyHint ? <p className="konan-empty-hint">{labels.emptyHint}</p> : null}
            {emptyAction}
          </EmptyState>
        </div>
      ) : (
        children
      )}
    </>
  );
}
