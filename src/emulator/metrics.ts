import { PREDEFINED_METRICS } from '../client/schemas/evaluation.js';
import { isJsonObject, type Json } from './json.js';
import type { ModelBehaviour } from './model-behaviour.js';
import type { StoredPrediction } from './store.js';

export interface EvaluationBody {
  metrics: {
    predefined: Record<string, Json>;
    custom: { metric_name: string; metric_value: Json }[];
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function targetLabel(target: Json): string | null {
  if (typeof target === 'string') return target;
  if (isJsonObject(target) && typeof target.label === 'string') return target.label;
  return null;
}

function targetValue(target: Json): number | null {
  const raw = isJsonObject(target) ? target.value : target;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function classification(
  behaviour: ModelBehaviour,
  predictions: StoredPrediction[],
): { predefined: Record<string, Json>; evaluated: number; accuracy: number } | null {
  const pairs: [actual: string, predicted: string][] = [];
  for (const p of predictions) {
    if (p.feedback === null) continue;
    const actual = targetLabel(p.feedback);
    const predicted = p.output.label;
    if (actual !== null && typeof predicted === 'string') pairs.push([actual, predicted]);
  }
  if (pairs.length === 0) return null;
  const extra = new Set(pairs.flat().filter((l) => !behaviour.labels.includes(l)));
  const labels = [...behaviour.labels, ...[...extra].sort()];
  const index = new Map(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [actual, predicted] of pairs) {
    const row = matrix[index.get(actual) ?? 0];
    if (row) row[index.get(predicted) ?? 0] = (row[index.get(predicted) ?? 0] ?? 0) + 1;
  }
  const cell = (actual: number, predicted: number) => matrix[actual]?.[predicted] ?? 0;
  const perClass = (k: number) => {
    let predictedK = 0;
    let actualK = 0;
    for (let i = 0; i < labels.length; i++) {
      predictedK += cell(i, k);
      actualK += cell(k, i);
    }
    const precision = ratio(cell(k, k), predictedK);
    const recall = ratio(cell(k, k), actualK);
    return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  };
  // Binary: the positive class is the first label (e.g. "approved"). More classes: macro average.
  const classes = labels.length === 2 ? [perClass(0)] : labels.map((_, k) => perClass(k));
  const mean = (pick: (c: ReturnType<typeof perClass>) => number) =>
    round(classes.reduce((sum, c) => sum + pick(c), 0) / classes.length, 4);
  const correct = labels.reduce((sum, _, k) => sum + cell(k, k), 0);
  return {
    predefined: {
      precision: mean((c) => c.precision),
      recall: mean((c) => c.recall),
      f1_score: mean((c) => c.f1),
      // **Inferred** shape: rows are the actual class, columns the predicted class.
      confusion_matrix: { labels, matrix },
    },
    evaluated: pairs.length,
    accuracy: round(correct / pairs.length, 4),
  };
}

function regression(
  predictions: StoredPrediction[],
): { predefined: Record<string, Json>; evaluated: number; accuracy?: undefined } | null {
  let squared = 0;
  let absolute = 0;
  let evaluated = 0;
  for (const p of predictions) {
    if (p.feedback === null) continue;
    const actual = targetValue(p.feedback);
    const predicted = p.output.value;
    if (actual === null || typeof predicted !== 'number') continue;
    squared += (predicted - actual) ** 2;
    absolute += Math.abs(predicted - actual);
    evaluated++;
  }
  if (evaluated === 0) return null;
  return {
    predefined: {
      rmse: round(Math.sqrt(squared / evaluated), 2),
      mae: round(absolute / evaluated, 2),
    },
    evaluated,
  };
}

/** The evaluate endpoint's answer, computed from the predictions (and feedback) of a window. */
export function evaluatePredictions(
  behaviour: ModelBehaviour,
  predictions: StoredPrediction[],
): EvaluationBody {
  const predefined: Record<string, Json> = Object.fromEntries(
    PREDEFINED_METRICS.map((n) => [n, null]),
  );
  const result =
    behaviour.task === 'classification'
      ? classification(behaviour, predictions)
      : regression(predictions);
  if (!result) return { metrics: { predefined, custom: [] } };
  const withFeedback = predictions.filter((p) => p.feedback !== null).length;
  const custom: EvaluationBody['metrics']['custom'] = [
    {
      metric_name: 'feedback_coverage',
      metric_value: round(withFeedback / predictions.length, 4),
    },
    { metric_name: 'evaluated_predictions', metric_value: result.evaluated },
  ];
  if (result.accuracy !== undefined)
    custom.push({ metric_name: 'accuracy', metric_value: result.accuracy });
  return { metrics: { predefined: { ...predefined, ...result.predefined }, custom } };
}
