import { useEffect, useMemo, useRef } from 'react';

/** How long a request waits for the focus to be lost (the server's answer may take a while). */
const EXPIRY_MS = 15_000;

export interface FocusAfterChange {
  /** Where to put the focus if the change removes the focused element (a button that is gone). */
  request(resolve: () => HTMLElement | null): void;
}

/**
 * Keeps keyboard users in place when a change removes the element they were on: after the
 * render where the focus fell back to `<body>`, it moves to the requested element instead.
 */
export function useFocusAfterChange(): FocusAfterChange {
  const pending = useRef<{ resolve: () => HTMLElement | null; until: number } | null>(null);
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    if (Date.now() > request.until) {
      pending.current = null;
      return;
    }
    if (focusLost() && moveFocus(request.resolve)) pending.current = null;
  });
  return useMemo(
    () => ({
      request(resolve) {
        // Already lost (e.g. asked from an effect after the render that removed it): now.
        if (focusLost() && moveFocus(resolve)) return;
        pending.current = { resolve, until: Date.now() + EXPIRY_MS };
      },
    }),
    [],
  );
}

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

function moveFocus(resolve: () => HTMLElement | null): boolean {
  const target = resolve();
  target?.focus();
  return Boolean(target);
}
