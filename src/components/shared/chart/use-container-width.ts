import { type RefCallback, useCallback, useRef, useState, useSyncExternalStore } from 'react';

const never = () => () => {};
const canObserve = () => typeof ResizeObserver !== 'undefined';
// While hydrating, the server's answer: it drew at the fallback width, and so must hydration.
const onServer = () => false;

/**
 * The content width of the element the returned ref is put on, kept up to date by a
 * ResizeObserver, so a chart follows its container. `fallback` is used before the first
 * measurement (server rendering, tests without layout) and when the element has no width.
 * `measured` is false only in a browser before the first measurement, which the ref makes while
 * the element is committed, before the browser paints: a chart that skips drawing until then
 * draws once, at the real width, instead of first at the fallback.
 */
export function useContainerWidth<E extends Element = HTMLDivElement>(
  fallback = 600,
): { ref: RefCallback<E>; width: number; measured: boolean } {
  const [width, setWidth] = useState<number | undefined>(undefined);
  const observable = useSyncExternalStore(never, canObserve, onServer);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback<RefCallback<E>>((element) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (measured: number) => {
      // Whole pixels: sub-pixel changes would re-render a chart for nothing.
      const rounded = Math.floor(measured);
      setWidth((previous) => (previous === rounded ? previous : rounded));
    };
    measure(element.getBoundingClientRect().width);
    observer.current = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) measure(entry.contentRect.width);
    });
    observer.current.observe(element);
  }, []);
  return {
    ref,
    width: width && width > 0 ? width : fallback,
    measured: width !== undefined || !observable,
  };
}
