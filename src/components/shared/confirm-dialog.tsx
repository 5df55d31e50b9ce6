import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  /** The consequences, read with the title when the dialog opens. */
  description?: ReactNode;
  /** Extra content between the description and the buttons, e.g. a choice to make. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` for destructive actions: the confirm button is red and Cancel gets the focus. */
  tone?: 'primary' | 'danger';
  onConfirm(): void;
  /** The Cancel button or Escape. */
  onCancel(): void;
  /** Where the focus goes on close when the element that opened the dialog is gone. */
  fallbackFocus?: (() => HTMLElement | null) | undefined;
}

/**
 * A modal confirmation on the native `<dialog>` (`showModal()`): the rest of the page is inert,
 * focus moves in (to Cancel for destructive actions, else to Confirm), Escape cancels, and focus
 * returns to the element that opened it when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  fallbackFocus,
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
      (tone === 'danger' ? cancelRef : confirmRef).current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, tone]);

  // Unmounting while open: the browser would drop the focus on <body>.
  useLayoutEffect(
    () => () => {
      restoreFocus(openerRef.current);
    },
    [],
  );

  return (
    <dialog
      ref={dialogRef}
      className="konan-confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      data-tone={tone}
      onCancel={() => onCancel()}
      onKeyDown={(event) => {
        // Handled here too: only trusted key events make the browser cancel the dialog.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
      onClose={() => {
        if (!restoreFocus(openerRef.current)) fallbackFocus?.()?.focus();
        openerRef.current = null;
      }}
    >
      <h2 id={`${id}-title`} className="konan-confirm-dialog-title">
        {title}
      </h2>
      {description ? (
        <div id={`${id}-description`} className="konan-confirm-dialog-description">
          {description}
        </div>
      ) : null}
      {children}
      <div className="konan-confirm-dialog-actions">
        {/* Plain buttons: `Button` does not forward refs on React 18. */}
        <button
          ref={cancelRef}
          type="button"
          className="konan-button"
          data-variant="secondary"
          onClick={() => onCancel()}
        >
          {cancelLabel}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className="konan-button"
          data-variant={tone === 'danger' ? 'danger' : 'primary'}
          onClick={() => onConfirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

function restoreFocus(opener: Element | null): boolean {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return false;
  opener.focus();
  return true;
}
