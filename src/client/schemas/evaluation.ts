import * as z from 'zod/mini';
import { json, jsonObject, type KonanJson } from './primitives.js';

export const PREDEFINED_METRICS = [
  'rmse',
  'mae',
  'precision',
  'recall',
  'f1_score',
  'confusion_matrix',
  'multi_label_confusion_matrix',
] as const;
export type KonanPredefinedMetricName = (typeof PREDEFINED_METRICS)[number];

/** A confusion matrix: `matrix[actual][predicted]` counts, with class labels when the server sends them. */
export interface KonanConfusionMatrix {
  labels?: string[];
  matrix: number[][];
}

/** One evaluation metric, normalised from the wire's `predefined` map and `custom` list. */
export type KonanMetric =
  | { kind: 'scalar'; name: KonanPredefinedMetricName; value: number }
  | { kind: 'matrix'; name: KonanPredefinedMetricName; value: KonanConfusionMatrix }
  | { kind: 'custom'; name: string; value: KonanJson };

const matrixRows = z.array(z.array(z.number()));
// The exact matrix shape is **inferred**: both `number[][]` and `{labels, matrix}` are accepted.
const matrixSchema = z.union([
  z.pipe(
    matrixRows,
    z.transform((matrix): KonanConfusionMatrix => ({ matrix })),
  ),
  z.object({ labels: z.optional(z.array(z.string())), matrix: matrixRows }),
]);

const predefinedValue: Record<string, z.ZodMiniType<unknown>> = {
  rmse: z.number(),
  mae: z.number(),
  precision: z.number(),
  recall: z.number(),
  f1_score: z.number(),
  confusion_matrix: matrixSchema,
  multi_label_confusion_matrix: matrixSchema,
};

/** POST /deployments/{dep}/evaluate/ */
export const evaluationSchema = z.pipe(
  z.object({
    metrics: z.object({
      predefined: z.optional(jsonObject),
      custom: z.optional(
        z.array(z.object({ metric_name: z.string(), metric_value: z.nullable(json) })),
      ),
    }),
  }),
  z.transform((body, ctx) => {
    const metrics: KonanMetric[] = [];
    for (const [name, value] of Object.entries(body.metrics.predefined ?? {})) {
      if (value === null) continue; // null means "not computed"
      const schema = predefinedValue[name];
      if (!schema) {
        metrics.push({ kind: 'custom', name, value }); // unknown predefined name: a custom metric
        continue;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        ctx.issues.push({
          code: 'custom',
          message: `Metric "${name}" has an unexpected value`,
          input: value,
          path: ['metrics', 'predefined', name],
        });
        continue;
      }
      const known = name as KonanPredefinedMetricName;
      metrics.push(
        typeof parsed.data === 'number'
          ? { kind: 'scalar', name: known, value: parsed.data }
          : { kind: 'matrix', name: known, value: parsed.data as KonanConfusionMatrix },
      );
    }
    for (const custom of body.metrics.custom ?? []) {
      if (custom.metric_value === null) continue;
      metrics.push({ kind: 'custom', name: custom.metric_name, value: custom.metric_value });
    }
    return { metrics };
  }),
);
export type KonanEvaluation = z.output<typeof evaluationSchema>;
