import { useCallback, useState } from 'react';

export interface SuccessStatusProps {
  /** The confirmation to show and announce (e.g. "“loan-xgb-v4” is live."); empty shows nothing. */
  message: string | null | undefined;
  /** With `dismissLabel`, a button that hides the confirmation. */
  onDismiss?: (() => void) | undefined;
  dismissLabel?: string | undefined;
}

/**
 * A visible confirmation that is also a polite live region: what a user just did, done. The
 * region stays in the page while empty, so screen readers announce the message when it arrives.
 */
export function SuccessStatus({ message, onDismiss, dismissLabel }: SuccessStatusProps) {
  return (
    <div className="konan-success-status" role="status" data-shown={message ? '' : undefined}>
      {message ? (
        <>
          <svg
            className="konan-success-status-icon"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 16 16"
            width="16"
            height="16"
          >
            <path
              d="M3 8.5 6.5 12 13 4.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="konan-success-status-text">{message}</span>
          {onDismiss && dismissLabel ? (
            <button
              type="button"
              className="konan-button konan-success-status-dismiss"
              data-variant="ghost"
              onClick={() => onDismiss()}
            >
              {dismissLabel}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The message of a `SuccessStatus`: `show` after an action succeeds, `clear` when a new one starts. */
export function useSuccessStatus(): {
  message: string | null;
  show: (message: string) => void;
  clear: () => void;
} {
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((next: string) => setMessage(next), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, show, clear };
}
