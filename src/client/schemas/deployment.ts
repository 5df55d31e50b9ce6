import * as z from 'zod/mini';
import { modelSchema } from './model.js';
import { isoDate, openEnum, pageEnvelope } from './primitives.js';

export const deploymentSchema = z.pipe(
  z.object({ uuid: z.string(), name: z.string(), created_at: isoDate }),
  z.transform((d) => ({ uuid: d.uuid, name: d.name, createdAt: d.created_at })),
);
export type KonanDeployment = z.output<typeof deploymentSchema>;

export const DEPLOYMENT_ERROR_TYPES = ['image', 'health_endpoint', 'exposed_port'] as const;
/** What went wrong in a deployment attempt. An open set: unknown values are shown, not rejected. */
export type KonanDeploymentErrorType = (typeof DEPLOYMENT_ERROR_TYPES)[number] | (string & {});

export const deploymentErrorSchema = z.pipe(
  z.object({ field: openEnum(DEPLOYMENT_ERROR_TYPES), message: z.string() }),
  z.transform((e) => ({ type: e.field as KonanDeploymentErrorType, message: e.message })),
);
export type KonanDeploymentError = z.output<typeof deploymentErrorSchema>;

/** POST /deployments/ (deployment with its live model). `model` is absent on pre-2022 servers. */
export const deploymentCreationResponseSchema = z.pipe(
  z.object({
    deployment: z.object({
      uuid: z.string(),
      name: z.string(),
      created_at: isoDate,
      model: z.optional(z.nullable(modelSchema)),
    }),
    errors: z.optional(z.array(deploymentErrorSchema)),
    container_logs: z.optional(z.nullable(z.string())),
  }),
  z.transform((body) => ({
    deployment: {
      uuid: body.deployment.uuid,
      name: body.deployment.name,
      createdAt: body.deployment.created_at,
    },
    ...(body.deployment.model ? { liveModel: body.deployment.model } : {}),
    errors: body.errors ?? [],
    containerLogs: body.container_logs ?? '',
  })),
);
export type KonanDeploymentCreationResponse = z.output<typeof deploymentCreationResponseSchema>;

/** POST /deployments/ on a server of the "projects" generation. */
export const projectSchema = deploymentSchema;

/** GET /deployments/ (**inferred**: no public client lists deployments). */
export const deploymentsPageSchema = z.pipe(
  z.object({ ...pageEnvelope, results: z.array(deploymentSchema) }),
  z.transform((page) => ({
    count: page.count,
    next: page.next,
    previous: page.previous,
    deployments: page.results,
  })),
);
export type KonanDeploymentsPage = z.output<typeof deploymentsPageSchema>;
