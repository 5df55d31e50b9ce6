import type { ReactNode } from 'react';
import { EmptyState } from './empty-state.js';
import { ErrorAlert } from './error-alert.js';
import type { KonanPanelProps } from './panel-props.js';
import { Spinner } from './spinner.js';

/** The texts of a panel's states (each panel's labels carry them). */
export interface PanelStateLabels {
  errorTitle: ReactNode;
  retry: string;
  /** The default loading placeholder's text: a spinner. */
  loading?: string | undefined;
}

export interface PanelStateProps
  extends Pick<KonanPanelProps<never>, 'pending' | 'error' | 'onRetry'> {
  labels: PanelStateLabels;
  /** Stands in while `pending` with nothing to show (default: a spinner; `null` for none). */
  loading?: ReactNode;
  /** The retry button waits while a new try runs (default: while `pending`). */
  retryDisabled?: boolean | undefined;
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
  pending = false,
  error,
  onRetry,
  labels: l,
  loading,
  retryDisabled = pending,
  empty,
  emptyDetail,
  children,
}: PanelStateProps) {
  const alert = isError(error) ? (
    <ErrorAlert
      title={l.errorTitle}
      error={error}
      onRetry={onRetry}
      retryLabel={l.retry}
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
  if (!pending) return null;
  return loading === undefined ? <Spinner label={l.loading ?? ''} /> : loading;
}

/** Whether an `error` prop holds an error (`undefined`, `null` and `false` do not). */
export function isError(error: unknown): boolean {
  return error !== undefined && error !== null && error !== false;
}
