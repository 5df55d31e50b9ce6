import type { KonanBucketUnit } from '../../react/series/buckets.js';
import type { KonanLabelCount } from '../shared/labels.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

export interface PredictionVolumeChartLabels {
  title: string;
  loading: string;
  errorTitle: string;
  retry: string;
  emptyTitle: string;
  emptyHint: string;
  signedOutTitle: string;
  showTable: string;
  showChart: string;
  /** The series' names (legend, table headers). */
  countSeries: string;
  coverageSeries: string;
  /** "Predictions per day, Nov 24 to Dec 1: 570 in all, peak 112 on Nov 29." */
  summary: (
    unit: KonanBucketUnit,
    from: string,
    to: string,
    total: KonanLabelCount,
    peak: { count: KonanLabelCount; at: string } | null,
  ) => string;
  /** "48% of them have feedback (estimated)." `share` is formatted. */
  coverageSummary: (share: string, exact: boolean) => string;
  /** The plot's accessible name, with how to move through it. */
  plotLabel: (unit: KonanBucketUnit) => string;
  /** A bar's tooltip (and what a screen reader announces on it). */
  tooltip: (
    at: string,
    count: KonanLabelCount | null,
    coverage: { share: string; exact: boolean } | null,
  ) => string;
  columnTime: (unit: KonanBucketUnit) => string;
  /** A table cell without a value (the bucket failed, or has no predictions). */
  noValue: string;
  /** Beside an estimated coverage in the table. */
  estimated: string;
  /** Some buckets could not be loaded: the chart and totals leave them out. */
  partialNotice: (failed: KonanLabelCount, all: KonanLabelCount, unit: KonanBucketUnit) => string;
  /** Coverage rests on a sample: "Feedback share estimated from 1,200 of 84,000 predictions." */
  estimateNotice: (read: KonanLabelCount, total: KonanLabelCount) => string;
  timeWindowPicker: Partial<TimeWindowPickerLabels>;
}

const predictions = (n: KonanLabelCount) =>
  `${n.text} ${n.value === 1 ? 'prediction' : 'predictions'}`;
const units = (n: KonanLabelCount, unit: KonanBucketUnit) =>
  `${n.text} ${unit}${n.value === 1 ? '' : 's'}`;

export const defaultPredictionVolumeChartLabels: PredictionVolumeChartLabels = {
  title: 'Prediction volume',
  loading: 'Counting predictions…',
  errorTitle: 'The prediction volume could not be loaded',
  retry: 'Try again',
  emptyTitle: 'No predictions in this window',
  emptyHint: 'Predictions show here as the deployment serves them. Choose a longer window.',
  signedOutTitle: 'Log in to see the prediction volume.',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  countSeries: 'Predictions',
  coverageSeries: 'With feedback',
  summary: (unit, from, to, total, peak) =>
    `Predictions per ${unit}, ${from} to ${to}: ${total.text} in all${
      peak ? `, peak ${peak.count.text} ${unit === 'hour' ? 'at' : 'on'} ${peak.at}` : ''
    }.`,
  coverageSummary: (share, exact) =>
    `${share} of them have feedback${exact ? '' : ' (estimated)'}.`,
  plotLabel: (unit) =>
    `Predictions per ${unit}, as bars. Use the arrow keys to move between ${unit}s.`,
  tooltip: (at, count, coverage) =>
    `${at}: ${count ? predictions(count) : 'could not be loaded'}${
      coverage ? `, ${coverage.share} with feedback${coverage.exact ? '' : ' (estimated)'}` : ''
    }`,
  columnTime: (unit) => (unit === 'hour' ? 'Hour' : 'Day'),
  noValue: '—',
  estimated: 'estimated',
  partialNotice: (failed, all, unit) =>
    `${failed.text} of ${units(all, unit)} could not be loaded; the chart and totals leave them out. Try again to fill them in.`,
  estimateNotice: (read, total) =>
    `The feedback share is estimated from ${read.text} of ${predictions(total)} (a sample spread over each period).`,
  timeWindowPicker: {},
};
