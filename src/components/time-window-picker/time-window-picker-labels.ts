import type { CustomRangeProblem, KonanTimeWindowPreset } from './time-window.js';

export interface TimeWindowPickerLabels {
  legend: string;
  presets: Record<KonanTimeWindowPreset, string>;
  custom: string;
  start: string;
  end: string;
  apply: string;
  /** The applied window, e.g. "Mar 3, 2025, 10:00 AM – Mar 10, 2025, 10:00 AM". */
  summary: (start: string, end: string) => string;
  problems: Record<CustomRangeProblem, string>;
}

export const defaultTimeWindowPickerLabels: TimeWindowPickerLabels = {
  legend: 'Time window',
  presets: { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' },
  custom: 'Custom range',
  start: 'From',
  end: 'To',
  apply: 'Apply range',
  summary: (start, end) => `${start} – ${end}`,
  problems: {
    'start-missing': 'Enter the start date and time.',
    'start-invalid': 'The start is not a valid date and time.',
    'end-missing': 'Enter the end date and time.',
    'end-invalid': 'The end is not a valid date and time.',
    'start-not-before-end': 'The end must be after the start.',
  },
};
