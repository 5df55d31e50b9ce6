import * as z from 'zod/mini';
import type { KonanJson } from './primitives.js';

/** One ground-truth item to submit: the prediction it is for, and the true value. */
export interface KonanFeedbackSubmission {
  predictionUuid: string;
  /** A JSON object shaped like the model's output, or a string. */
  target: { [key: string]: KonanJson } | string;
}

/** The per-item answer of POST /deployments/{dep}/predictions/feedback/. */
export const feedbackStatusSchema = z.pipe(
  z.object({ prediction_uuid: z.string(), status: z.number(), message: z.optional(z.string()) }),
  z.transform((s) => ({
    predictionUuid: s.prediction_uuid,
    /** HTTP-like: 201 created, 404 unknown prediction, 409 already recorded (**inferred** reading). */
    status: s.status,
    message: s.message ?? '',
    accepted: s.status >= 200 && s.status < 300,
  })),
);
export type KonanFeedbackStatus = z.output<typeof feedbackStatusSchema>;

export const feedbackResponseSchema = z.object({
  data: z.array(feedbackStatusSchema),
  success: z.number(),
  failure: z.number(),
  total: z.number(),
});
