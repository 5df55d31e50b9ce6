import type { ReactNode } from 'react';
import { EmptyState } from './empty-state.js';
import { ErrorAlert } from './error-alert.js';

export interface PanelStateProps {
  error?: unknown;
  errorTitle: ReactNode;
  onRetry?: (() => void) | undefined;
  retryLabel: string;
  /** The retry button waits while a new try runs. */
  retryDisabled?: boolean | undefined;
  /** Nothing to show yet: `loading` (a spinner or skeleton) stands in. */
  pending?: boolean | undefined;
  loading?: ReactNode;
  /** There is no data: this title (and `emptyDetail`) say so. */
  empty?: ReactNode;
  emptyDetail?: ReactNode;
  /** The data's view, when there is data; an error is then shown above it (a refresh failed). */
  children?: ReactNode;
}

/**
 * What a panel shows for its data: the view, or else the error, the empty state or the loading
 * placeholder, in that order. An error above a view still shown is that of a refresh.
 */
export function PanelState({
  error,
  errorTitle,
  onRetry,
  retryLabel,
  retryDisabled,
  pending,
  loading,
  empty,
  emptyDetail,
  children,
}: PanelStateProps) {
  const alert = isError(error) ? (
    <ErrorAlert
      title={errorTitle}
      error={error}
      onRetry={onRetry}
      retryLabel={retryLabel}
      retryDisabled={retryDisabled}
    />
  ) : null;
  if (children) {
    return (
      <>
        {alert}
        {children}
      </>
    );
  }
  if (alert) return alert;
  if (empty) {
    return (
      <div role="status">
        <EmptyState title={empty}>{emptyDetail}</EmptyState>
      </div>
    );
  }
  return pending ? loading : null;
}

/** Whether an `error` prop holds an error (`undefined`, `null` and `false` do not). */
export function isError(error: unknown): boolean {
  return error !== undefined && error !== null && error !== false;
}
