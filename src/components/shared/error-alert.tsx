import type { ReactNode } from 'react';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { defaultErrorAlertLabels, type ErrorAlertLabels } from './error-alert-labels.js';
import { describeError } from './error-text.js';
import { useLabels } from './use-labels.js';

export interface ErrorAlertProps {
  /** What failed, in the user's terms (e.g. "The models could not be loaded"). */
  title: ReactNode;
  /** The error a hook or callback returned: told in the user's terms, details on request. */
  error: unknown;
  /** With `retryLabel`, a button that tries again. */
  onRetry?: (() => void) | undefined;
  retryLabel?: string | undefined;
  /** The retry button is disabled (e.g. while the retry runs). */
  retryDisabled?: boolean | undefined;
  /** `warning` for a failure that leaves the last known data on screen (a failed refresh). */
  tone?: 'danger' | 'warning' | undefined;
  /** More buttons after the retry (e.g. "Dismiss"). */
  actions?: ReactNode;
  /** Overrides of the error texts (the `errorAlert` entry of a label pack sets them for all). */
  labels?: Partial<ErrorAlertLabels> | undefined;
}

/**
 * The one way a component reports a failure: a first line that says what happened and what to
 * do, then the technical facts (HTTP status, method, address, the server's words) in a closed
 * disclosure, then a retry.
 */
export function ErrorAlert({
  title,
  error,
  onRetry,
  retryLabel,
  retryDisabled,
  tone = 'danger',
  actions,
  labels: overrides,
}: ErrorAlertProps) {
  const labels = useLabels('errorAlert', defaultErrorAlertLabels, overrides);
  const { text, details } = describeError(error, labels);
  const retry = onRetry && retryLabel;
  return (
    <Alert tone={tone} title={title}>
      <p className="konan-error-alert-message">{text}</p>
      {details.length > 0 ? (
        <details className="konan-error-alert-details">
          <summary>{labels.details}</summary>
          <dl>
            {details.map((detail) => (
              <div key={detail.label}>
                <dt>{detail.label}</dt>
                <dd>
                  {detail.code ? (
                    <code className="konan-mono" dir="ltr">
                      {detail.value}
                    </code>
                  ) : (
                    detail.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      {retry || actions ? (
        <div className="konan-error-alert-actions">
          {retry ? (
            <Button onClick={() => onRetry()} disabled={retryDisabled}>
              {retryLabel}
            </Button>
          ) : null}
          {actions}
        </div>
      ) : null}
    </Alert>
  );
}
