export {
  type CustomRangeProblem,
  type CustomRangeResult,
  fromDateTimeLocal,
  type KonanTimeWindowPreset,
  lastWindow,
  presetOf,
  sameWindow,
  TIME_WINDOW_PRESETS,
  toDateTimeLocal,
  validateCustomRange,
} from './time-window';
export { TimeWindowPicker, type TimeWindowPickerProps } from './time-window-picker';
export {
  defaultTimeWindowPickerLabels,
  type TimeWindowPickerLabels,
} from './time-window-picker-labels';
export { useTimeWindow } from './use-time-window';
