import { useCallback, useEffect, useRef, useState } from 'react';

/** `copied` and `failed` fall back to `idle` after a moment, so a second copy is announced too. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Whether this page may write to the clipboard (secure context with the async Clipboard API). */
export function canCopyToClipboard(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';
}

/**
 * Copy text with `navigator.clipboard`. Never throws: the state says whether it worked, so the
 * caller can show a fallback (e.g. "select the text and copy it") where the API is unavailable or
 * refused (insecure context, permissions, iframes).
 */
export function useCopyToClipboard(resetAfterMs = 4000): {
  state: CopyState;
  copy(text: string | (() => string)): Promise<boolean>;
} {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string | (() => string)) => {
      clearTimeout(timer.current);
      let ok = false;
      if (canCopyToClipboard()) {
        try {
          await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
          ok = true;
        } catch {
          ok = false;
        }
      }
      setState(ok ? 'copied' : 'failed');
      timer.current = setTimeout(() => setState('idle'), ok ? resetAfterMs : resetAfterMs * 2);
      return ok;
    },
    [resetAfterMs],
  );
  return { state, copy };
}
