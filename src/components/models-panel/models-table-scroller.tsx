import { type ReactNode, useId, useRef } from 'react';
import { ScrollHint } from '../shared/scroll-hint.js';
import { useInlineOverflow } from '../shared/use-inline-overflow.js';

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
  const overflows = useInlineOverflow(ref);

  return (
    <>
      {overflows ? <ScrollHint id={hintId}>{hint}</ScrollHint> : null}
      {overflows ? (
        <section
          ref={ref}
          className="konan-table-scroll konan-models-panel-scroll"
          data-overflows=""
          aria-label={label}
          aria-describedby={hintId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
        >
          {children}
        </section>
      ) : (
        <section ref={ref} className="konan-table-scroll konan-models-panel-scroll">
          {children}
        </section>
      )}
    </>
  );
}
