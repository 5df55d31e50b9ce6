import type { KonanBucketUnit } from '../../react/series/buckets.js';
import { defaultMetricsPanelLabels } from '../metrics-panel/metrics-panel-labels.js';
import type { ChartFigureLabels } from '../shared/chart/chart-figure.js';
import type { KonanLabelCount } from '../shared/labels.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

export interface MetricTrendChartLabels extends ChartFigureLabels {
  /** The chart's title, for the metric shown (its readable name) and the bucket unit. */
  title: (metric: string, unit: KonanBucketUnit) => string;
  /** Before any metric is known. */
  titleNoMetric: string;
  errorTitle: string;
  emptyTitle: string;
  emptyHint: string;
  signedOutTitle: string;
  metricSelect: string;
  /** Readable names of metrics by wire name; others have their underscores turned to spaces. */
  metricNames: Record<string, string>;
  /** `from` to `to` are formatted bucket times; `first`, `last`, `low` formatted values. */
  summary: (parts: {
    metric: string;
    from: string;
    to: string;
    first: string;
    last: string;
    low: string;
    lowAt: string;
    high: string;
    highAt: string;
    gaps: KonanLabelCount;
    unit: KonanBucketUnit;
  }) => string;
  plotLabel: (metric: string) => string;
  /** Tooltip and table: a bucket with nothing to evaluate. */
  gap: string;
  columnTime: (unit: KonanBucketUnit) => string;
  /** Shown when some buckets could not be evaluated. */
  partial: (failed: KonanLabelCount, total: KonanLabelCount, unit: KonanBucketUnit) => string;
  /** A bucket that could not be evaluated (table and tooltip). */
  failedBucket: string;
  timeWindowPicker: Partial<TimeWindowPickerLabels>;
}

const per = (unit: KonanBucketUnit) => (unit === 'hour' ? 'hour' : 'day');

export const defaultMetricTrendChartLabels: MetricTrendChartLabels = {
  showTable: 'Show as table',
  showChart: 'Show as chart',
  loading: 'Computing the metric over time…',
  retry: 'Try again',
  title: (metric, unit) => `${metric} per ${per(unit)}`,
  titleNoMetric: 'Metric over time',
  errorTitle: 'The metric over time could not be computed',
  emptyTitle: 'No feedback in this window: nothing to evaluate',
  emptyHint: 'A trend needs predictions with feedback. Submit feedback, or choose a longer window.',
  signedOutTitle: 'Log in to see the metric over time.',
  metricSelect: 'Metric',
  // The metrics panel's names, predefined and custom: a metric reads the same in both.
  metricNames: {
    ...defaultMetricsPanelLabels.metricNames,
    ...defaultMetricsPanelLabels.customMetricNames,
  },
  summary: ({ metric, from, to, first, last, low, lowAt, high, highAt, gaps, unit }) =>
    `${metric} per ${per(unit)}, ${from} to ${to}: ${first} at the start, ${last} at the end; lowest ${low} (${lowAt}), highest ${high} (${highAt}).` +
    (gaps.value > 0
      ? ` ${gaps.text} ${gaps.value === 1 ? per(unit) : `${per(unit)}s`} with nothing to evaluate.`
      : ''),
  plotLabel: (metric) => `${metric} over time; arrow keys move between points`,
  gap: 'Nothing to evaluate',
  columnTime: (unit) => (unit === 'hour' ? 'Hour' : 'Day'),
  partial: (failed, total, unit) =>
    `${failed.text} of ${total.text} ${unit === 'hour' ? 'hours' : 'days'} could not be evaluated; the line skips them.`,
  failedBucket: 'Could not be evaluated',
  timeWindowPicker: {},
};
