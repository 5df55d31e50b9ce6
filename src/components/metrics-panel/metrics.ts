import type {
  KonanConfusionMatrix,
  KonanJson,
  KonanMetric,
  KonanPredefinedMetricName,
} from '../../client/data-types.js';
import type { KonanFormatters } from '../shared/format.js';

export type KonanScalarMetric = Extract<KonanMetric, { kind: 'scalar' }>;
export type KonanMatrixMetric = Extract<KonanMetric, { kind: 'matrix' }>;
export type KonanCustomMetric = Extract<KonanMetric, { kind: 'custom' }>;

/** Classification scores, shown as percentages (higher is better). */
export const CLASSIFICATION_SCORES = ['precision', 'recall', 'f1_score'] as const;
/** Regression errors, shown in the target's units (lower is better). */
export const REGRESSION_ERRORS = ['rmse', 'mae'] as const;
export type KonanExplainedMetric =
  | (typeof CLASSIFICATION_SCORES)[number]
  | (typeof REGRESSION_ERRORS)[number];

export interface GroupedMetrics {
  /** Precision, recall and F1, in that order. */
  classification: KonanScalarMetric[];
  /** RMSE and MAE, in that order. */
  regression: KonanScalarMetric[];
  matrices: KonanMatrixMetric[];
  custom: KonanCustomMetric[];
}

const order = (name: KonanPredefinedMetricName, names: readonly string[]) => names.indexOf(name);

/** Sort an evaluation's metrics into what the panel shows: only the groups that have metrics. */
export function groupMetrics(metrics: readonly KonanMetric[]): GroupedMetrics {
  const grouped: GroupedMetrics = { classification: [], regression: [], matrices: [], custom: [] };
  for (const metric of metrics) {
    if (metric.kind === 'custom') grouped.custom.push(metric);
    else if (metric.kind === 'matrix') grouped.matrices.push(metric);
    else if (order(metric.name, CLASSIFICATION_SCORES) >= 0) grouped.classification.push(metric);
    else if (order(metric.name, REGRESSION_ERRORS) >= 0) grouped.regression.push(metric);
    // A predefined scalar the panel has no card for is still shown, with the custom metrics.
    else grouped.custom.push({ kind: 'custom', name: metric.name, value: metric.value });
  }
  grouped.classification.sort(
    (a, b) => order(a.name, CLASSIFICATION_SCORES) - order(b.name, CLASSIFICATION_SCORES),
  );
  grouped.regression.sort(
    (a, b) => order(a.name, REGRESSION_ERRORS) - order(b.name, REGRESSION_ERRORS),
  );
  return grouped;
}

/**
 * A scalar metric as text: scores in [0, 1] as percentages, anything else (errors, or a score a
 * server sent on another scale) as a plain number with precision suited to its size.
 */
export function formatScalar(
  name: KonanPredefinedMetricName,
  value: number,
  format: KonanFormatters,
): string {
  if (!Number.isFinite(value)) return String(value);
  const isScore = order(name, CLASSIFICATION_SCORES) >= 0;
  if (isScore && value >= 0 && value <= 1) return format.percent(value);
  return formatNumber(value, format);
}

export function formatNumber(value: number, format: KonanFormatters): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  const digits = Number.isInteger(value) || size >= 1000 ? 0 : size >= 100 ? 1 : size >= 1 ? 3 : 4;
  return format.number(value, { maximumFractionDigits: digits });
}

/** `approval_rate` → `Approval rate`: a wire name made readable (the wire name is shown too). */
export function readableMetricName(name: string): string {
  const spaced = name.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced === '' ? name : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const SHARE_WORDS =
  /(^|[_\s-])(rate|ratio|share|coverage|accuracy|precision|recall|f1|auc|fraction|percent)([_\s-]|$)/i;

/** A custom metric that reads as a share of a whole (a rate in [0, 1]): shown as a percentage. */
export function isShareMetric(name: string, value: number): boolean {
  return value >= 0 && value <= 1 && SHARE_WORDS.test(name);
}

export type CustomValueView =
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'json'; text: string };

/** How a custom metric's JSON value reads: numbers formatted, strings as they are, the rest as JSON. */
export function describeCustomValue(
  value: KonanJson,
  format: KonanFormatters,
  name = '',
): CustomValueView {
  if (typeof value === 'number') {
    const text = isShareMetric(name, value) ? format.percent(value) : formatNumber(value, format);
    return { kind: 'number', text };
  }
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean' || value === null) return { kind: 'text', text: String(value) };
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}

export interface MatrixView {
  rowLabels: string[];
  columnLabels: string[];
  /** `cells[actual][predicted]`; `null` where a ragged row has no value. */
  cells: (number | null)[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** The largest count, for the colour scale. */
  max: number;
  /** Sum of the diagonal; only for square matrices. */
  correct: number | undefined;
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * A confusion matrix ready to render, surviving bad data: ragged rows, missing or extra labels,
 * non-numeric cells. Class labels come from the server, else from `fallbackLabel(index)`.
 */
export function matrixView(
  matrix: KonanConfusionMatrix,
  fallbackLabel: (index: number) => string,
): MatrixView {
  const rows = Array.isArray(matrix.matrix) ? matrix.matrix : [];
  const columnCount = rows.reduce(
    (most, row) => Math.max(most, Array.isArray(row) ? row.length : 0),
    0,
  );
  const labelOf = (index: number) => {
    const label = matrix.labels?.[index];
    return typeof label === 'string' && label.trim() !== '' ? label : fallbackLabel(index);
  };
  const cells = rows.map((row) =>
    Array.from({ length: columnCount }, (_, j) => count(Array.isArray(row) ? row[j] : null)),
  );
  const rowTotals = cells.map((row) => row.reduce<number>((sum, cell) => sum + (cell ?? 0), 0));
  const columnTotals = Array.from({ length: columnCount }, (_, j) =>
    cells.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const total = rowTotals.reduce((sum, value) => sum + value, 0);
  const max = cells.reduce(
    (most, row) => row.reduce<number>((m, cell) => Math.max(m, cell ?? 0), most),
    0,
  );
  const square = rows.length > 0 && rows.length === columnCount;
  return {
    rowLabels: rows.map((_, i) => labelOf(i)),
    columnLabels: Array.from({ length: columnCount }, (_, j) => labelOf(j)),
    cells,
    rowTotals,
    columnTotals,
    total,
    max,
    correct: square ? cells.reduce((sum, row, i) => sum + (row[i] ?? 0), 0) : undefined,
  };
}
