/** What the bench page exposes on `window.konanBench`; the runner calls it through Playwright. */
/** `peer`: what a user would build instead, with @tanstack/react-table and @tanstack/react-virtual. */
export type TableVariant = 'konan' | 'plain' | 'peer';
/** `peer`: the same lines windowed by @tanstack/react-virtual. */
export type LogVariant = 'konan' | 'pre' | 'peer';
export type QueryVariant = 'konan' | 'naive';
/** `sync`: the same drift computation in one task. */
export type DriftVariant = 'konan' | 'sync';

export interface DriftFigures {
  /** From the first page taken in to the drift of every feature. */
  wallMs: number;
  /** The longest task the long-task observer saw (it reports those over 50 ms; 0 when none). */
  longestTaskMs: number;
  longTasks: number;
  features: number;
}

export interface FeedbackTableFigures {
  /** In a fresh page: includes the browser's first font lookups and locale data. */
  firstRenderMs: number;
  /** The same mount again in that page, once the first table is gone (fonts and locale warm). */
  warmRenderMs: number;
  domRows: number;
  /** `null` when the last row did not show within the time limit. */
  scrollEndMs: number | null;
  /** Drags of the scrollbar to the bottom until the last row showed. */
  scrollDrags: number | null;
  /** `null` when the filtered rows did not show within the time limit. */
  filterMs: number | null;
  /**
   * A click on the Prediction UUID column's sort control, in the remounted table (every row),
   * until the first row is the lowest UUID; `null` for a table without one, or when it did not
   * show within the time limit.
   */
  sortMs: number | null;
  rejectedRows: number;
  filteredDomRows: number;
}

export interface LogViewerFigures {
  /** In a fresh page: includes the browser's first font lookups and locale data. */
  firstRenderMs: number;
  /** The same log mounted again in that page, once the first viewer is gone. */
  warmRenderMs: number;
  /** Line elements in the DOM (for the `<pre>`: every line of its one text node). */
  domLines: number;
  logLines: number;
  bytes: number;
  scrollEndMs: number | null;
  scrollDrags: number | null;
}

export interface SharedQueryFigures {
  components: number;
  /** GET .../models/ requests the emulator answered. */
  requests: number;
  /** Every request the emulator answered after login. */
  allRequests: number;
  /** Until every component shows the models, in a page where both variants already ran once. */
  allShownMs: number | null;
  /** The same in the fresh page: mostly compiling code that runs for the first time. */
  freshShownMs: number | null;
}

export interface KonanBenchApi {
  feedbackTable(variant: TableVariant, rows: number): Promise<FeedbackTableFigures>;
  logViewer(variant: LogVariant, bytes: number): Promise<LogViewerFigures>;
  sharedQuery(variant: QueryVariant, components: number): Promise<SharedQueryFigures>;
  drift(variant: DriftVariant, predictions: number): Promise<DriftFigures>;
}

declare global {
  interface Window {
    konanBench?: KonanBenchApi;
  }
}
