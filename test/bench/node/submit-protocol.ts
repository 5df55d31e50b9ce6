/** Messages between the feedback bench (parent, serving the emulator) and its client child. */
export interface SubmitStart {
  type: 'start';
  url: string;
  deployment: string;
  /** Uuids of predictions the emulator holds; the rest of the items get unknown uuids. */
  existing: string[];
  total: number;
  /** `undefined`: the client's default. */
  concurrency: number | undefined;
}

export interface SubmitFigures {
  type: 'done';
  wallMs: number;
  accepted: number;
  rejected: number;
  notSent: number;
  total: number;
  /** Peak `heapUsed` while the call ran, and before it started (MB). */
  peakHeapMb: number;
  startHeapMb: number;
  maxRssMb: number;
}

export type ChildMessage = { type: 'ready' } | SubmitFigures | { type: 'error'; message: string };
export type ParentMessage = SubmitStart | { type: 'go' };
