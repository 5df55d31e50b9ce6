import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether the element's content is wider than the element (a table on a phone), kept up to date
 * as either resizes.
 */
export function useInlineOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
