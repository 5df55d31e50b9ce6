import * as z from 'zod/mini';
import { isoDate, openEnum } from './primitives.js';

export const MODEL_STATES = ['live', 'challenger', 'disabled'] as const;
/** `live`, `challenger` or `disabled`; any other value from the server is kept and shown as "other". */
export type KonanModelState = (typeof MODEL_STATES)[number] | (string & {});

export const modelSchema = z.pipe(
  z.object({
    uuid: z.string(),
    name: z.string(),
    created_at: isoDate,
    state: openEnum(MODEL_STATES),
  }),
  z.transform((m) => ({
    uuid: m.uuid,
    name: m.name,
    createdAt: m.created_at,
    state: m.state as KonanModelState,
  })),
);
export type KonanModel = z.output<typeof modelSchema>;

/** POST /deployments/{dep}/models/ */
export const createModelResponseSchema = z.pipe(
  z.object({ model: modelSchema }),
  z.transform((body) => body.model),
);

/** GET /deployments/{dep}/models/ */
export const modelsListSchema = z.pipe(
  z.object({ results: z.array(modelSchema) }),
  z.transform((body) => body.results),
);
