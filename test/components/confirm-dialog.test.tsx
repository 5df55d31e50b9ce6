// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../src/components/shared';

// jsdom has no modal dialogs: the smallest stand-in for what the component relies on.
beforeAll(() => {
  Object.defineProperty(HTMLDialogElement.prototype, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
  });
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(cleanup);

function Harness({
  tone,
  onConfirm = () => {},
  removeOpenerOnConfirm = false,
}: {
  tone?: 'primary' | 'danger';
  onConfirm?: () => void;
  removeOpenerOnConfirm?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [opener, setOpener] = useState(true);
  return (
    <>
      {opener ? (
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
      ) : null}
      <button type="button" data-testid="fallback">
        Fallback
      </button>
      <ConfirmDialog
        open={open}
        tone={tone}
        title="Delete “loan-xgb”?"
        description="This cannot be undone."
        confirmLabel="Delete model"
        cancelLabel="Cancel"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          onConfirm();
          if (removeOpenerOnConfirm) setOpener(false);
          setOpen(false);
        }}
        fallbackFocus={() => screen.getByTestId('fallback')}
      />
    </>
  );
}

const openDialog = () => {
  const opener = screen.getByRole('button', { name: 'Open' });
  opener.focus();
  fireEvent.click(opener);
  return opener;
};

describe('ConfirmDialog', () => {
  it('opens as a labelled, described modal with the focus on Confirm', () => {
    render(<Harness />);
    openDialog();
    const dialog = screen.getByRole('dialog', { name: 'Delete “loan-xgb”?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBe(
      screen.getByText('This cannot be undone.').id,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete model' }));
  });

  it('puts the focus on Cancel for destructive actions', () => {
    render(<Harness tone="danger" />);
    openDialog();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('cancels on Escape and gives the focus back to the opener', () => {
    const onConfirm = vi.fn();
    render(<Harness tone="danger" onConfirm={onConfirm} />);
    const opener = openDialog();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms, closes and returns the focus', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const opener = openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Delete model' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('sends the focus to the fallback when the opener is gone', () => {
    render(<Harness removeOpenerOnConfirm />);
    openDialog();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete model' }));
    });
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('fallback'));
  });
});
