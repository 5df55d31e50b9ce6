import { simulateContainerStart } from '../container.js';
import {
  nonEmptyString,
  paginate,
  type RouteContext,
  type RouteHandler,
  readObject,
} from '../context.js';
import { detail, json, noContent } from '../responses.js';
import { deploymentJson, modelJson } from './wire.js';

/** Deployments listing page size (**inferred**: no public client lists deployments). */
const DEPLOYMENTS_PAGE_SIZE = 20;

const LEGACY_FIELDS = ['deployment_name', 'model_name', 'image_url', 'exposed_port'];

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** POST /deployments/ of the "projects" generation: `{name, description?}` -> `{uuid, name, created_at}` */
function createProject(context: RouteContext, body: Record<string, unknown>): Response {
  const unknown = LEGACY_FIELDS.filter((field) => field in body);
  if (unknown.length > 0) {
    // Django REST framework's field-error shape, as a projects server answers the legacy call.
    return json(Object.fromEntries(unknown.map((field) => [field, ['Unknown field.']])), 400);
  }
  const name = nonEmptyString(body.name);
  if (!name) return detail(400, '"name" is required and must not be empty.');
  if (context.store.deploymentByName(name)) {
    return detail(409, `A deployment named "${name}" already exists.`);
  }
  const description = optionalString(body.description);
  const deployment = context.store.addDeployment({
    uuid: context.random.uuid(),
    name,
    createdAt: new Date(),
    kind: 'generic',
    ...(description !== undefined && { description }),
    errors: [],
    containerLogs: '',
  });
  return json(deploymentJson(deployment), 201);
}

/**
 * POST /deployments/ `{deployment_name, model_name, image_url, exposed_port, docker_*?}`.
 * The deployment and its model are created even when the container fails (as Konan does), with
 * the errors and the logs; the answer is 201 either way (**inferred** status). The reference
 * client reads `deployment.model.uuid` on every answer, so the model is always sent, never `null`.
 */
function createLegacyDeployment(context: RouteContext, body: Record<string, unknown>): Response {
  // The first generation named the deployment `name`; newer clients send both.
  const name = nonEmptyString(body.deployment_name) ?? nonEmptyString(body.name);
  if (!name) return detail(400, '"deployment_name" is required and must not be empty.');
  const imageUrl = typeof body.image_url === 'string' ? body.image_url.trim() : null;
  if (!imageUrl) return detail(400, '"image_url" is required and must not be empty.');
  if (body.exposed_port === undefined || body.exposed_port === null) {
    return detail(400, '"exposed_port" is required.');
  }
  if (context.store.deploymentByName(name)) {
    return detail(409, `A deployment named "${name}" already exists.`);
  }
  const now = new Date();
  const dockerUsername = optionalString(body.docker_username);
  const dockerPassword = optionalString(body.docker_password);
  const attempt = simulateContainerStart(
    {
      deploymentName: name,
      imageUrl,
      exposedPort: body.exposed_port,
      ...(dockerUsername !== undefined && { dockerUsername }),
      ...(dockerPassword !== undefined && { dockerPassword }),
    },
    now,
  );
  const deployment = context.store.addDeployment({
    uuid: context.random.uuid(),
    name,
    createdAt: now,
    kind: 'generic',
    errors: attempt.errors,
    containerLogs: attempt.logs,
  });
  // **Inferred**: a model whose container failed keeps the state `live` (a deployment has exactly
  // one live model, and the wire has no "serving" field); the `errors` say it is not serving.
  const model = context.store.addModel({
    uuid: context.random.uuid(),
    name: nonEmptyString(body.model_name) ?? name,
    createdAt: now,
    state: 'live',
    deploymentUuid: deployment.uuid,
    imageUrl,
    exposedPort: attempt.port,
    ...(attempt.errors.length > 0 && { serving: false }),
  });
  return json(
    {
      deployment: { ...deploymentJson(deployment), model: modelJson(model) },
      errors: attempt.errors,
      container_logs: attempt.logs,
    },
    201,
  );
}

export const createDeployment: RouteHandler = async (context) => {
  const body = await readObject(context.request, 'the deployment to create');
  if (!body.ok) return body.response;
  return context.options.generation === 'projects'
    ? createProject(context, body.value)
    : createLegacyDeployment(context, body.value);
};

/** GET /deployments/?page= -> `{count, next, previous, results: [{uuid, name, created_at}]}`, newest first. */
export const listDeployments: RouteHandler = ({ url, store }) => {
  const newestFirst = [...store.deployments.values()].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  );
  const page = paginate(url, newestFirst, DEPLOYMENTS_PAGE_SIZE);
  if (!page.ok) return page.response;
  const { items, ...envelope } = page.body;
  return json({ ...envelope, results: items.map(deploymentJson) });
};

/** DELETE /deployments/{dep}/ -> 204, with its models and predictions. */
export const deleteDeployment: RouteHandler = ({ params, store }) => {
  const uuid = params.dep ?? '';
  if (!store.deployments.has(uuid)) return detail(404, `Deployment ${uuid} not found.`);
  store.deleteDeployment(uuid);
  return noContent();
};
