import { type KeyboardEvent, useCallback, useEffect, useState } from 'react';

export interface PlotFocus {
  /** The point or bar the tooltip is about (kept while the plot is left, for coming back). */
  active: number | null;
  /** The tooltip is shown: the plot has keyboard focus or the pointer is over a point. */
  shown: boolean;
  onKeyDown(event: KeyboardEvent): void;
  onFocus(): void;
  onBlur(): void;
  /** The pointer is over point `index` (or off every point: `null`). */
  point(index: number | null): void;
}

const STEP: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * One tab stop for a whole plot: arrow keys move between its `count` points (right and left in
 * time order, which stays left to right in right-to-left pages too), Home and End go to the first
 * and last. Keyboard focus and pointer hover show the same tooltip.
 */
export function usePlotFocus(count: number): PlotFocus {
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);

  // Fewer points than before (new data): keep the active index inside them.
  useEffect(() => {
    setActive((current) =>
      current === null || current < count ? current : count > 0 ? count - 1 : null,
    );
  }, [count]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const step = STEP[event.key];
      if (step === undefined || count === 0) return;
      event.preventDefault();
      setHovered(false);
      setActive((current) => {
        if (step === 'first') return 0;
        if (step === 'last') return count - 1;
        if (current === null) return step > 0 ? 0 : count - 1;
        return Math.min(count - 1, Math.max(0, current + step));
      });
    },
    [count],
  );
  const onFocus = useCallback(() => {
    setFocused(true);
    setActive((current) => current ?? (count > 0 ? 0 : null));
  }, [count]);
  const onBlur = useCallback(() => setFocused(false), []);
  const point = useCallback((index: number | null) => {
    setHovered(index !== null);
    if (index !== null) setActive(index);
  }, []);

  return {
    active,
    shown: active !== null && (focused || hovered),
    onKeyDown,
    onFocus,
    onBlur,
    point,
  };
}
