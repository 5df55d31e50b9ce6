import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * Holds the models table. When the table is wider than the panel (a phone), the name column
 * stays put, the other columns scroll, and a visible hint says there is more to the side.
 */
export function ModelsTableScroller({
  label,
  hint,
  children,
}: {
  label: string;
  hint: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <>
      {overflows ? (
        <p id={hintId} className="konan-hint konan-models-panel-scroll-hint">
          <span aria-hidden="true" className="konan-models-panel-scroll-arrow">
            ⇆
          </span>{' '}
          {hint}
        </p>
      ) : null}
      {overflows ? (
        <section
          ref={ref}
          className="konan-models-panel-scroll"
          data-overflows=""
          aria-label={label}
          aria-describedby={hintId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
        >
          {children}
        </section>
      ) : (
        <section ref={ref} className="konan-models-panel-scroll">
          {children}
        </section>
      )}
    </>
  );
}
