import type { ReactNode } from 'react';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { errorText } from './error-text.js';

export interface ErrorAlertProps {
  /** What failed, in the user's terms (e.g. "The models could not be loaded"). */
  title: ReactNode;
  /** The error a hook or callback returned; its message is shown as text. */
  error: unknown;
  /** With `retryLabel`, a button that tries again. */
  onRetry?: (() => void) | undefined;
  retryLabel?: string | undefined;
  /** The retry button is disabled (e.g. while the retry runs). */
  retryDisabled?: boolean | undefined;
}

/** The one way a component reports a failure: a danger alert with the error's message and a retry. */
export function ErrorAlert({ title, error, onRetry, retryLabel, retryDisabled }: ErrorAlertProps) {
  return (
    <Alert tone="danger" title={title}>
      <p className="konan-error-alert-message">{errorText(error)}</p>
      {onRetry && retryLabel ? (
        <Button onClick={onRetry} disabled={retryDisabled}>
          {retryLabel}
        </Button>
      ) : null}
    </Alert>
  );
}
