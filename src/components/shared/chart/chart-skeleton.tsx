/** The shape a chart's loading skeleton takes. */
export type ChartSkeletonShape = 'bars' | 'line';

const BAR_HEIGHTS = [0.45, 0.6, 0.5, 0.75, 0.65, 0.85, 0.55, 0.7, 0.4, 0.6, 0.8, 0.5];
const LINE = 'M0,70 C15,60 25,40 40,45 S65,30 80,35 S100,20 120,25';

/**
 * A still picture of the chart's shape while its data loads (no spinner: the layout does not
 * jump when the data arrives), with the loading text for assistive technology.
 */
export function ChartSkeleton({ shape, label }: { shape: ChartSkeletonShape; label: string }) {
  return (
    <div className="konan-chart-skeleton" data-shape={shape}>
      <span className="konan-visually-hidden" role="status">
        {label}
      </span>
      <svg viewBox="0 0 120 100" preserveAspectRatio="none" aria-hidden="true">
        {shape === 'bars' ? (
          BAR_HEIGHTS.map((height, index) => (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders.
              key={index}
              x={index * 10 + 1.5}
              width={7}
              y={100 - height * 100}
              height={height * 100}
              rx={1}
            />
          ))
        ) : (
          <path d={LINE} vectorEffect="non-scaling-stroke" />
        )}
      </svg>
    </div>
  );
}
