import { type PointerEvent, type ReactNode, useId, useRef } from 'react';
import { usePlotFocus } from './use-plot-focus.js';

export interface ChartPlotProps {
  /** The plot's accessible name (e.g. "Predictions per day, bars; arrow keys move between days"). */
  label: string;
  width: number;
  height: number;
  /** How many points or bars the plot has. */
  count: number;
  /** The point under the pointer at `x` pixels from the plot's left edge (or `null`). */
  indexAt(x: number): number | null;
  /** Where a point's tooltip points to, in pixels from the plot's top-left corner. */
  anchor(index: number): { x: number; y: number };
  /** The tooltip's content for a point: the same words a screen reader announces. */
  tooltip(index: number): ReactNode;
  /** The SVG content, given the active point (to highlight it). */
  children(active: number | null): ReactNode;
}

/**
 * A chart's plot: an SVG drawn left to right in every text direction, one tab stop, arrow keys and
 * pointer moving a tooltip over its points. The active point is announced through
 * `aria-activedescendant` pointing at the tooltip, whose id changes with the point, so only one
 * element exists for any number of points (a 10,000-point line stays cheap).
 */
export function ChartPlot({
  label,
  width,
  height,
  count,
  indexAt,
  anchor,
  tooltip,
  children,
}: ChartPlotProps) {
  const id = useId();
  const focus = usePlotFocus(count);
  const svg = useRef<SVGSVGElement>(null);
  const active = focus.active;
  const shown = focus.shown && active !== null;
  const tooltipId = active === null ? undefined : `${id}-point-${active}`;
  const onPointerMove = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return;
    focus.point(indexAt(event.clientX - box.left));
  };
  const at = shown ? anchor(active) : undefined;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable group with an active descendant is the ARIA pattern for a plot's points; no HTML element has it.
    <div
      className="konan-chart-plot"
      role="group"
      aria-label={label}
      aria-activedescendant={shown ? tooltipId : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the plot is one tab stop, its points are reached with arrow keys.
      tabIndex={0}
      dir="ltr"
      onKeyDown={focus.onKeyDown}
      onFocus={focus.onFocus}
      onBlur={focus.onBlur}
      onPointerMove={onPointerMove}
      onPointerLeave={() => focus.point(null)}
    >
      <svg ref={svg} width={width} height={height} className="konan-chart-svg" aria-hidden="true">
        {children(shown ? active : null)}
      </svg>
      {shown && at ? (
        <div
          id={tooltipId}
          className="konan-chart-tooltip"
          dir="auto"
          data-edge={at.x > width / 2 ? 'end' : 'start'}
          style={{ insetInlineStart: at.x, insetBlockStart: at.y }}
        >
          {tooltip(active)}
        </div>
      ) : null}
    </div>
  );
}
