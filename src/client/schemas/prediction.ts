import * as z from 'zod/mini';
import { isoDate, json, pageEnvelope } from './primitives.js';

/** POST /deployments/{dep}/predict/ */
export const predictResponseSchema = z.pipe(
  z.object({ prediction_uuid: z.string(), output: json }),
  z.transform((p) => ({ uuid: p.prediction_uuid, output: p.output })),
);

/**
 * An item of GET /deployments/{dep}/predictions/. The contract says any key may be missing;
 * a prediction without `uuid` cannot be referred to (feedback needs it), so `uuid` is required
 * and a missing output reads as `null`. `created_at` is **inferred**: kept when a server sends it.
 */
export const predictionItemSchema = z.pipe(
  z.object({
    uuid: z.string(),
    mls_output_json: z.optional(z.nullable(json)),
    features_json: z.optional(z.nullable(json)),
    feedback: z.optional(z.nullable(json)),
    created_at: z.optional(isoDate),
  }),
  z.transform((p) => ({
    uuid: p.uuid,
    output: p.mls_output_json ?? null,
    ...(p.features_json != null && { features: p.features_json }),
    ...(p.feedback != null && { feedback: p.feedback }),
    ...(p.created_at && { createdAt: p.created_at }),
  })),
);

/** A prediction: what `predict` answers, and what the predictions listing holds. */
export interface KonanPrediction {
  uuid: string;
  output: z.output<typeof json>;
  features?: z.output<typeof json>;
  feedback?: z.output<typeof json>;
  /** Only when the server sends `created_at` (**inferred**). */
  createdAt?: Date;
}

const items = z.array(z.nullable(predictionItemSchema));

/**
 * A page of predictions. Current servers nest the items under `results.outputs`; before mid-2023
 * `results` was the plain list. Both are accepted, and `null` entries are skipped.
 */
export const predictionsPageSchema = z.pipe(
  z.object({
    ...pageEnvelope,
    results: z.union([z.object({ outputs: items }), items]),
  }),
  z.transform((page) => {
    const list = Array.isArray(page.results) ? page.results : page.results.outputs;
    return {
      count: page.count,
      next: page.next,
      previous: page.previous,
      predictions: list.filter((p): p is NonNullable<typeof p> => p !== null) as KonanPrediction[],
    };
  }),
);
export type KonanPredictionsPage = z.output<typeof predictionsPageSchema>;
