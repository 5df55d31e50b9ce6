import type { KonanPredefinedMetricName } from '../../client/data-types.js';
import type { KonanBucketUnit } from '../../react/series/buckets.js';
import type { KonanLabelCount } from '../shared/labels.js';
import type { KonanPanelLabels } from '../shared/panel-props.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';
import type { KonanExplainedMetric } from './metrics.js';

export interface MetricsPanelLabels extends KonanPanelLabels {
  refreshing: string;
  classificationTitle: string;
  regressionTitle: string;
  customTitle: string;
  metricNames: Record<KonanPredefinedMetricName, string>;
  explanations: Record<KonanExplainedMetric, string>;
  matrixCaption: (metricName: string) => string;
  actual: (label: string) => string;
  predicted: (label: string) => string;
  /** The name of a class when the server sent no labels (0-based index). */
  classFallback: (index: KonanLabelCount) => string;
  corner: string;
  total: string;
  /** `share` is the formatted percentage of correct predictions. */
  matrixSummary: (correct: KonanLabelCount, total: KonanLabelCount, share: string) => string;
  heatLegend: string;
  /** A card's sparkline, in words: its accessible name. `first` and `last` are formatted. */
  trendLabel: (parts: {
    metric: string;
    unit: KonanBucketUnit;
    first: string;
    last: string;
    worse: boolean;
  }) => string;
  /** Under a matrix wider than the panel (e.g. on a phone): it scrolls sideways. */
  matrixScrollHint: string;
  /**
   * Readable names of custom metrics the server is known to send, by their wire name. Others are
   * shown with underscores as spaces and the wire name beneath.
   */
  customMetricNames: Record<string, string>;
  /** The custom metrics table's column headers. */
  columnName: string;
  columnValue: string;
  timeWindowPicker: Partial<TimeWindowPickerLabels>;
  /** A regressor's errors (target − output) as a histogram, under its cards. */
  residualsTitle: string;
  residualsLoading: string;
  residualsErrorTitle: string;
  /** No prediction in the window has both a numeric output and a numeric feedback. */
  residualsEmptyTitle: string;
  residualsEmptyHint: string;
  /** `median` and `within` are formatted errors; `share` a formatted percentage. */
  residualsSummary: (
    count: KonanLabelCount,
    median: string,
    within: string,
    share: string,
  ) => string;
  /** Only the latest `read` of the window's `total` predictions were read. */
  residualsPartial: (read: KonanLabelCount, total: KonanLabelCount) => string;
  residualsPlot: string;
  /** A bar: errors from `from` to `to` (formatted), `count` of them. */
  residualsBin: (from: string, to: string, count: KonanLabelCount) => string;
  /** The mark at zero error. */
  residualsZero: string;
  residualsColumnRange: string;
  residualsColumnCount: string;
  showTable: string;
  showChart: string;
}

export const defaultMetricsPanelLabels: MetricsPanelLabels = {
  title: 'Metrics',
  loading: 'Computing metrics…',
  refreshing: 'Updating metrics…',
  errorTitle: 'The metrics could not be computed',
  retry: 'Try again',
  emptyTitle: 'No feedback in this window: nothing to evaluate',
  emptyHint:
    'Metrics compare predictions with their ground truth. Submit feedback for predictions made in this window, or choose a longer window.',
  signedOutTitle: 'Log in to see the metrics.',
  classificationTitle: 'Classification',
  regressionTitle: 'Regression',
  customTitle: 'Custom metrics',
  metricNames: {
    precision: 'Precision',
    recall: 'Recall',
    f1_score: 'F1 score',
    rmse: 'RMSE',
    mae: 'MAE',
    confusion_matrix: 'Confusion matrix',
    multi_label_confusion_matrix: 'Multi-label confusion matrix',
  },
  explanations: {
    precision: 'Of the predictions of a class, the share that were right. Higher is better.',
    recall: 'Of the actual cases of a class, the share the model found. Higher is better.',
    f1_score: 'Balances precision and recall (their harmonic mean). Higher is better.',
    rmse: 'Root mean squared error: the typical error, weighing large misses more. Lower is better.',
    mae: 'Mean absolute error: the average miss, in the units of the target. Lower is better.',
  },
  matrixCaption: (metricName) =>
    `${metricName}: actual classes in rows, predicted classes in columns`,
  actual: (label) => `Actual ${label}`,
  predicted: (label) => `Predicted ${label}`,
  classFallback: (index) => `class ${index.text}`,
  corner: 'Actual \\ Predicted',
  total: 'Total',
  matrixSummary: (correct, total, share) =>
    `${correct.text} of ${total.text} ${total.value === 1 ? 'prediction' : 'predictions'} on the diagonal: ${share} correct.`,
  heatLegend:
    "The stronger a cell's colour, the more predictions it holds; the diagonal holds the correct ones.",
  matrixScrollHint: 'Scroll sideways to see every column.',
  trendLabel: ({ metric, unit, first, last, worse }) =>
    `${metric} per ${unit === 'hour' ? 'hour' : 'day'} in this window: from ${first} to ${last}${worse ? ', worse' : ''}`,
  customMetricNames: {
    accuracy: 'Accuracy',
    feedback_coverage: 'Feedback coverage',
    evaluated_predictions: 'Evaluated predictions',
  },
  columnName: 'Metric',
  columnValue: 'Value',
  timeWindowPicker: {},
  residualsTitle: 'Errors (actual − predicted)',
  residualsLoading: 'Reading the predictions with feedback…',
  residualsErrorTitle: 'The errors could not be read',
  residualsEmptyTitle: 'No numeric feedback in this window',
  residualsEmptyHint:
    'The error picture needs predictions whose feedback is a number. Submit numeric feedback, or choose a longer window.',
  residualsSummary: (count, median, within, share) =>
    `Errors of ${count.text} ${count.value === 1 ? 'prediction' : 'predictions'} with feedback: median ${median}, ${share} within ±${within}.`,
  residualsPartial: (read, total) =>
    `Computed on the latest ${read.text} of ${total.text} predictions in this window.`,
  residualsPlot: 'Errors, bars by size; arrow keys move between bars',
  residualsBin: (from, to, count) =>
    `${from} to ${to}: ${count.text} ${count.value === 1 ? 'prediction' : 'predictions'}`,
  residualsZero: 'No error',
  residualsColumnRange: 'Error',
  residualsColumnCount: 'Predictions',
  showTable: 'Show as table',
  showChart: 'Show as chart',
};
