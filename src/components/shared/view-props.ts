import type { KonanHeadingLevel } from './heading.js';

/** The props every view takes: a class for its root, and its text. */
export interface KonanViewProps<Labels> {
  /** Added to the root element's classes (after `konan`). */
  className?: string | undefined;
  /** Overrides of the default text; anything left out keeps its default. */
  labels?: Partial<Labels> | undefined;
}

/** The props of a view that has a heading. */
export interface KonanHeadedViewProps<Labels> extends KonanViewProps<Labels> {
  /** The level of the view's heading (default 2); its sub-headings are one below it. */
  headingLevel?: KonanHeadingLevel | undefined;
}
