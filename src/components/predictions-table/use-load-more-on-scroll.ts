import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onLoadMore` when `sentinel` comes within `margin` of the visible part of `root`. While
 * `enabled` is false nothing is observed; when it turns true again and the sentinel is still in
 * view (a short page), the next load starts at once. A no-op without IntersectionObserver.
 */
export function useLoadMoreOnScroll(
  root: RefObject<HTMLElement | null>,
  sentinel: RefObject<HTMLElement | null>,
  enabled: boolean,
  onLoadMore: (() => void) | undefined,
  margin = '200px',
): void {
  const callback = useRef(onLoadMore);
  callback.current = onLoadMore;
  useEffect(() => {
    const target = sentinel.current;
    if (!enabled || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          callback.current?.();
        }
      },
      { root: root.current, rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [root, sentinel, enabled, margin]);
}
