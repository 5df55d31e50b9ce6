import type { KonanTimeWindow } from '../../client/data-types.js';
import { useKonan } from '../../react/session/use-konan.js';
import type { KonanTimeWindowPreset } from '../time-window-picker/time-window.js';
import { useTimeWindow } from '../time-window-picker/use-time-window.js';
import type { KonanHeadedViewProps } from './view-props.js';

/** The props of a connected panel over one deployment and a time window. */
export interface KonanConnectedPanelProps<Labels> extends KonanHeadedViewProps<Labels> {
  deploymentUuid: string;
  /** Control the window from outside (e.g. one window for a whole dashboard). */
  timeWindow?: KonanTimeWindow | undefined;
  onTimeWindowChange?: ((timeWindow: KonanTimeWindow) => void) | undefined;
  /** The window the panel starts with when it holds its own (each panel names its default). */
  initialPreset?: KonanTimeWindowPreset | undefined;
}

type WindowProps = Pick<
  KonanConnectedPanelProps<never>,
  'timeWindow' | 'onTimeWindowChange' | 'initialPreset'
>;

/**
 * What every connected panel works out first: its window (the one given, else its own from
 * `initialPreset`, by default `defaultPreset`) and the session. `view` is the view's props: the
 * ones given, with the window and `signedOut`.
 */
export function useConnectedPanel<Props extends WindowProps>(
  { timeWindow: given, onTimeWindowChange, initialPreset, ...props }: Props,
  defaultPreset: KonanTimeWindowPreset,
) {
  const session = useKonan();
  const [ownTimeWindow, setOwnTimeWindow] = useTimeWindow(initialPreset ?? defaultPreset);
  return {
    view: {
      ...props,
      timeWindow: given ?? ownTimeWindow,
      onTimeWindowChange: given ? onTimeWindowChange : setOwnTimeWindow,
      signedOut: session.status === 'anonymous' || session.status === 'error',
    },
    /** The session is still being checked: the panel shows as loading. */
    authenticating: session.status === 'authenticating',
  };
}
