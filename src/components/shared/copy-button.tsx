import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button.js';
import { useCopyToClipboard } from './use-copy-to-clipboard.js';

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The text to copy, or a function that builds it on click (for large texts). */
  text: string | (() => string);
  children: ReactNode;
  /** Announced (and shown) after a successful copy. */
  copiedMessage: string;
  /** Announced (and shown) when the clipboard is unavailable or refused. */
  failedMessage: string;
}

/**
 * A button that copies text, with a polite status message next to it saying whether it worked.
 * The message region is always in the DOM so screen readers announce its changes.
 */
export function CopyButton({
  text,
  children,
  copiedMessage,
  failedMessage,
  ...button
}: CopyButtonProps) {
  const { state, copy } = useCopyToClipboard();
  return (
    <>
      <Button {...button} onClick={() => void copy(text)}>
        {children}
      </Button>
      <span
        role="status"
        className={state === 'failed' ? 'konan-copy-status konan-field-error' : 'konan-copy-status'}
      >
        {state === 'copied' ? copiedMessage : state === 'failed' ? failedMessage : ''}
      </span>
    </>
  );
}
