import type { KonanTimeWindow } from '../../client/data-types.js';
import type { ListStateLabels } from './list-state-labels.js';
import type { KonanListStateProps } from './list-state-props.js';
import type { KonanHeadedViewProps } from './view-props.js';

/** The props of a view that loads its data: the states every panel has, as lists have them. */
export interface KonanPanelProps<Labels>
  extends KonanHeadedViewProps<Labels>,
    KonanListStateProps {}

/** A panel over a time window. */
export interface KonanWindowedPanelProps<Labels> extends KonanPanelProps<Labels> {
  /** The window shown. With `onTimeWindowChange`, the panel shows a time-window picker. */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
}

/** The texts of every panel's heading and states (each panel's labels extend them). */
export interface KonanPanelLabels extends ListStateLabels {
  title: string;
}
