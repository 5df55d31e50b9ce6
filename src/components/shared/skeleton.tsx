import type { CSSProperties } from 'react';

export interface SkeletonProps {
  /** What is loading, for screen readers (e.g. "Loading models…"); shown to no one else. */
  label: string;
  /** How many placeholder rows to draw: pick the number the loaded content usually has. */
  rows?: number | undefined;
  /** `rows` are table-like lines; `block` is one tall box (a chart, a card). */
  shape?: 'rows' | 'block' | undefined;
  /** The height of the block, or of each row (CSS length; defaults from the stylesheet). */
  height?: string | undefined;
}

/**
 * A placeholder in the shape of what is loading, so the layout does not jump when it arrives.
 * It is one polite status for assistive technology; the bars themselves are hidden from it.
 */
export function Skeleton({ label, rows = 3, shape = 'rows', height }: SkeletonProps) {
  const style = height ? ({ '--konan-skeleton-height': height } as CSSProperties) : undefined;
  const count = shape === 'block' ? 1 : Math.max(1, rows);
  return (
    <div className="konan-skeleton" data-shape={shape} role="status" style={style}>
      <span className="konan-visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <span key={index} className="konan-skeleton-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
