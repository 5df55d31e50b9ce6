import type { KonanTimeWindow } from '../../client/data-types.js';
import type { KonanHeadedViewProps } from './view-props.js';

/** The props of a view that loads its data: the states every panel has. */
export interface KonanPanelProps<Labels> extends KonanHeadedViewProps<Labels> {
  /** The data is being loaded; what is already shown stays on screen meanwhile. */
  pending?: boolean | undefined;
  /** The data could not be loaded: the panel says so, with a retry button given `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** Nobody is logged in: the panel says so instead of showing data. */
  signedOut?: boolean | undefined;
}

/** A panel over a time window. */
export interface KonanWindowedPanelProps<Labels> extends KonanPanelProps<Labels> {
  /** The window shown. With `onTimeWindowChange`, the panel shows a time-window picker. */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
}

/** The texts of every panel's heading and states (each panel's labels extend them). */
export interface KonanPanelLabels {
  title: string;
  loading: string;
  errorTitle: string;
  retry: string;
  signedOutTitle: string;
  emptyTitle: string;
  emptyHint: string;
}
