/** What the bench page exposes on `window.konanBench`; the runner calls it through Playwright. */
/** `peer`: what a user would build instead, with @tanstack/react-table and @tanstack/react-virtual. */
export type TableVariant = 'konan' | 'plain' | 'peer';
/** `peer`: the same lines windowed by @tanstack/react-virtual. */
export type LogVariant = 'konan' | 'pre' | 'peer';
export type QueryVariant = 'konan' | 'naive';
/** `sync`: the same drift computation in one task. */
export type DriftVariant = 'konan' | 'sync';
/** `pages`: every page of the window read and counted by `created_at`. */
export type VolumeVariant = 'konan' | 'pages';
/** `polyline`: the same values as one hand-drawn SVG `<polyline>`. */
export type ChartVariant = 'konan' | 'polyline';

/** What the long-task observer saw (it reports tasks over 50 ms). */
export interface LongTaskFigures {
  /** The longest task, ms; 0 when there was none. */
  longestTaskMs: number;
  longTasks: number;
}

export interface DriftFigures extends LongTaskFigures {
  /** From the first page taken in to the drift of every feature. */
  wallMs: number;
  features: number;
}

export interface VolumeFigures extends LongTaskFigures {
  /** From mount to the paint that shows every bucket's count and coverage. */
  wallMs: number;
  /** Requests to the API, login excluded. */
  requests: number;
  /** The predictions counted (the window's total). */
  counted: number;
}

export interface ChartFigures {
  /** In a fresh page: from `render` to the paint that shows the line. */
  firstRenderMs: number;
  /** The same chart mounted again in that page, once the first is gone. */
  warmRenderMs: number;
  /** From narrowing the container to the paint of the line at the new width; `null` if it never came. */
  resizeMs: number | null;
  /** Elements inside the SVG. */
  drawnElements: number;
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
  volume(variant: VolumeVariant, predictions: number): Promise<VolumeFigures>;
  chart(variant: ChartVariant, points: number): Promise<ChartFigures>;
}

declare global {
  interface Window {
    konanBench?: KonanBenchApi;
  }
}
