import { forwardRef, type HTMLAttributes } from 'react';

/** The levels a component's heading can take; `h1` is the page's, so components start at 2. */
export type KonanHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level of a heading one below `level` (capped at 6). */
export function subHeadingLevel(level: KonanHeadingLevel): KonanHeadingLevel {
  return Math.min(level + 1, 6) as KonanHeadingLevel;
}

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: KonanHeadingLevel;
}

/**
 * An `h2`…`h6` chosen by `level`, so a component's headings fit the page it is placed in.
 * `forwardRef` (not a `ref` prop) because React 18 is supported.
 */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, ...props },
  ref,
) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} {...props} />;
});
