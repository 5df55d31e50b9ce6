import { type RefCallback, useCallback, useRef, useState } from 'react';

/**
 * The content width of the element the returned ref is put on, kept up to date by a
 * ResizeObserver, so a chart follows its container. `fallback` is used before the first
 * measurement (server rendering, tests without layout) and when the element has no width.
 */
export function useContainerWidth<E extends Element = HTMLDivElement>(
  fallback = 600,
): { ref: RefCallback<E>; width: number } {
  const [width, setWidth] = useState<number | undefined>(undefined);
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
  return { ref, width: width && width > 0 ? width : fallback };
}
