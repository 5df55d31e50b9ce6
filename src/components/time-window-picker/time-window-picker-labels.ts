import type { KonanTimeWindowPreset } from './time-window.js';

export interface TimeWindowPickerLabels {
  /** The name of the picker (its fieldset's legend). */
  title: string;
  presets: Record<KonanTimeWindowPreset, string>;
  custom: string;
  startLabel: string;
  endLabel: string;
  apply: string;
  /** The applied window, e.g. "Mar 3, 2025, 10:00 AM – Mar 10, 2025, 10:00 AM". */
  summary: (start: string, end: string) => string;
  startRequired: string;
  startInvalid: string;
  endRequired: string;
  endInvalid: string;
  /** The end of a custom range is not after its start. */
  endNotAfterStart: string;
}

export const defaultTimeWindowPickerLabels: TimeWindowPickerLabels = {
  title: 'Time window',
  presets: { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' },
  custom: 'Custom range',
  startLabel: 'From',
  endLabel: 'To',
  apply: 'Apply range',
  summary: (start, end) => `${start} – ${end}`,
  startRequired: 'Enter the start date and time.',
  startInvalid: 'The start is not a valid date and time.',
  endRequired: 'Enter the end date and time.',
  endInvalid: 'The end is not a valid date and time.',
  endNotAfterStart: 'The end must be after the start.',
};
