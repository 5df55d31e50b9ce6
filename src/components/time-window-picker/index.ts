export {
  type CustomRangeProblem,
  type CustomRangeResult,
  fromDateTimeLocal,
  type KonanTimeWindowPreset,
  lastWindow,
  PRESET_LENGTH,
  presetOf,
  presetWindow,
  sameWindow,
  TIME_WINDOW_PRESETS,
  toDateTimeLocal,
  validateCustomRange,
} from './time-window.js';
export { TimeWindowPicker, type TimeWindowPickerProps } from './time-window-picker.js';
export {
  defaultTimeWindowPickerLabels,
  type TimeWindowPickerLabels,
} from './time-window-picker-labels.js';
export { useTimeWindow } from './use-time-window.js';
