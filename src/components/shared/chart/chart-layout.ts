/** Space around a chart's plot for its axes, in pixels. */
export interface ChartMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  margins: ChartMargins;
  /** The plot's own size, inside the margins (never negative). */
  innerWidth: number;
  innerHeight: number;
}

/**
 * The plot area of a chart `width` × `height` with room for a value axis of `axisWidth` on the
 * `side` it is drawn (left in left-to-right text, right in right-to-left) and a time axis below.
 */
export interface ChartLayoutOptions {
  axisWidth?: number | undefined;
  axisHeight?: number | undefined;
  side?: 'left' | 'right' | undefined;
  top?: number | undefined;
}

export function chartLayout(
  width: number,
  height: number,
  { axisWidth = 44, axisHeight = 24, side = 'left', top = 8 }: ChartLayoutOptions = {},
): ChartLayout {
  const margins: ChartMargins = {
    top,
    bottom: axisHeight,
    left: side === 'left' ? axisWidth : 8,
    right: side === 'right' ? axisWidth : 8,
  };
  return {
    width,
    height,
    margins,
    innerWidth: Math.max(0, width - margins.left - margins.right),
    innerHeight: Math.max(0, height - margins.top - margins.bottom),
  };
}
