import type { KonanDriftLevel } from '../../react/drift/drift-types.js';
import type { KonanLabelCount } from '../shared/labels.js';
import type { KonanPanelLabels } from '../shared/panel-props.js';
import type { TimeWindowPickerLabels } from '../time-window-picker/time-window-picker-labels.js';

export interface FeatureDriftPanelLabels extends KonanPanelLabels {
  /** `current` and `reference` are the two windows' formatted date ranges. */
  windows: (current: string, reference: string) => string;
  thresholdsHint: string;
  refreshing: string;
  /** Reading under way: predictions read, and how many it will read (once known). */
  progress: (read: KonanLabelCount, total: KonanLabelCount | null) => string;
  progressLabel: string;
  cancel: string;
  /** A window without predictions: nothing to compare. */
  noCurrent: string;
  noReference: string;
  /** Stopped at `maxPredictions`: the latest `read` of the `available` predictions of a window. */
  limitTitle: string;
  limitCurrent: (read: KonanLabelCount, available: KonanLabelCount) => string;
  limitReference: (read: KonanLabelCount, available: KonanLabelCount) => string;
  cancelledTitle: string;
  cancelledHint: (read: KonanLabelCount) => string;
  cancelledNothingTitle: string;
  readAgain: string;
  /** Above the table: how many features, and how many drifted. */
  summary: (features: KonanLabelCount, major: KonanLabelCount, moderate: KonanLabelCount) => string;
  tableCaption: string;
  columnFeature: string;
  columnPsi: string;
  columnDrift: string;
  typeNumeric: string;
  typeCategorical: string;
  /** A part of the model's output, shown as a feature. */
  outputFeature: string;
  levels: Record<KonanDriftLevel, string>;
  showHistograms: (feature: string) => string;
  hideHistograms: (feature: string) => string;
  currentWindow: string;
  referenceWindow: string;
  histogramTitle: (feature: string, window: string) => string;
  /** The text summary of one histogram: its largest bin. */
  histogramSummary: (window: string, bin: string, share: string, total: KonanLabelCount) => string;
  binRange: (from: string, to: string) => string;
  binOther: string;
  binMissing: string;
  /** The plot's accessible name. */
  histogramPlot: (window: string) => string;
  /** A bar's tooltip: the bin, its share and its count. */
  binTooltip: (bin: string, share: string, count: KonanLabelCount) => string;
  columnBin: string;
  columnCount: string;
  columnShare: string;
  showTable: string;
  showChart: string;
  timeWindowPicker: Partial<TimeWindowPickerLabels>;
}

const predictions = (count: KonanLabelCount) =>
  `${count.text} ${count.value === 1 ? 'prediction' : 'predictions'}`;

export const defaultFeatureDriftPanelLabels: FeatureDriftPanelLabels = {
  title: 'Feature drift',
  windows: (current, reference) => `${current}, against ${reference}`,
  thresholdsHint:
    'Population stability index (PSI) of each feature: below 0.1 stable, 0.1 to 0.25 moderate, above 0.25 major.',
  loading: 'Reading predictions…',
  refreshing: 'Updating the drift…',
  progress: (read, total) =>
    total === null ? `Read ${predictions(read)}…` : `Read ${read.text} of ${predictions(total)}…`,
  progressLabel: 'Predictions read',
  cancel: 'Cancel',
  errorTitle: 'The drift could not be computed',
  retry: 'Try again',
  emptyTitle: 'Nothing to compare',
  emptyHint:
    'Drift compares the predictions of two windows. Choose windows that both hold predictions.',
  noCurrent: 'The current window has no predictions.',
  noReference: 'The reference window has no predictions.',
  signedOutTitle: 'Log in to see the feature drift.',
  limitTitle: 'Computed on part of the predictions',
  limitCurrent: (read, available) =>
    `Current window: computed on the latest ${read.text} of ${predictions(available)}.`,
  limitReference: (read, available) =>
    `Reference window: computed on the latest ${read.text} of ${predictions(available)}.`,
  cancelledTitle: 'Reading cancelled',
  cancelledHint: (read) =>
    `The drift is computed on the ${predictions(read)} read before you cancelled.`,
  cancelledNothingTitle: 'Reading cancelled before any prediction was read',
  readAgain: 'Read again',
  summary: (features, major, moderate) =>
    `${features.text} ${features.value === 1 ? 'feature' : 'features'}: ${major.text} with major drift, ${moderate.text} moderate.`,
  tableCaption: 'Features by drift',
  columnFeature: 'Feature',
  columnPsi: 'PSI',
  columnDrift: 'Drift',
  typeNumeric: 'numeric',
  typeCategorical: 'categorical',
  outputFeature: 'model output',
  levels: { stable: 'Stable', moderate: 'Moderate', major: 'Major' },
  showHistograms: (feature) => `Show the histograms of ${feature}`,
  hideHistograms: (feature) => `Hide the histograms of ${feature}`,
  currentWindow: 'Current',
  referenceWindow: 'Reference',
  histogramTitle: (feature, window) => `${feature}: ${window} window`,
  histogramSummary: (window, bin, share, total) =>
    `${window} window, ${predictions(total)}: the largest bin is ${bin} with ${share}.`,
  binRange: (from, to) => `${from} to ${to}`,
  binOther: 'Other',
  binMissing: 'Missing',
  histogramPlot: (window) => `${window} window, a bar per bin; arrow keys move between bins`,
  binTooltip: (bin, share, count) => `${bin}: ${share} (${predictions(count)})`,
  columnBin: 'Bin',
  columnCount: 'Predictions',
  columnShare: 'Share',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  timeWindowPicker: {},
};
