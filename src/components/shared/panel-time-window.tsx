import type { KonanTimeWindow } from '../../client/data-types.js';
import { TimeWindowPicker } from '../time-window-picker/time-window-picker.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

/** A panel's time-window picker: shown only when the panel's window can be changed. */
export function PanelTimeWindow({
  timeWindow,
  onTimeWindowChange,
  labels,
}: {
  timeWindow: KonanTimeWindow | undefined;
  onTimeWindowChange: ((timeWindow: KonanTimeWindow) => void) | undefined;
  labels: Partial<TimeWindowPickerLabels> | undefined;
}) {
  if (!timeWindow || !onTimeWindowChange) return null;
  return (
    <TimeWindowPicker
      timeWindow={timeWindow}
      onTimeWindowChange={onTimeWindowChange}
      labels={labels}
    />
  );
}
