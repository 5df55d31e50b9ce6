import { simulateContainerStart } from '../container.js';
import { nonEmptyString, type RouteHandler, readObject } from '../context.js';
import { detail, json, noContent } from '../responses.js';
import { modelJson } from './wire.js';

const STATES = ['live', 'challenger', 'disabled'];
const DEMOTED_STATES = ['challenger', 'disabled'];

/** POST /deployments/{dep}/models/ `{name, image_url, exposed_port, state, docker_*?}` -> `{model}` */
export const createModel: RouteHandler = async ({ request, params, store, random }) => {
  const deployment = store.deployments.get(params.dep ?? '');
  if (!deployment) return detail(404, `Deployment ${params.dep} not found.`);
  const body = await readObject(request, '{"name", "image_url", "exposed_port", "state"}');
  if (!body.ok) return body.response;
  const fields = body.value;
  const name = nonEmptyString(fields.name);
  if (!name) return detail(400, '"name" is required and must not be empty.');
  const imageUrl = typeof fields.image_url === 'string' ? fields.image_url.trim() : null;
  if (!imageUrl) return detail(400, '"image_url" is required and must not be empty.');
  if (fields.exposed_port === undefined || fields.exposed_port === null) {
    return detail(400, '"exposed_port" is required.');
  }
  if (typeof fields.state !== 'string' || !STATES.includes(fields.state)) {
    return detail(400, `"state" must be one of ${STATES.join(', ')}.`);
  }
  if (store.modelsOf(deployment.uuid).some((m) => m.name === name)) {
    return detail(409, `Deployment "${deployment.name}" already has a model named "${name}".`);
  }
  const now = new Date();
  const username = typeof fields.docker_username === 'string' ? fields.docker_username : '';
  const password = typeof fields.docker_password === 'string' ? fields.docker_password : '';
  const attempt = simulateContainerStart(
    {
      deploymentName: deployment.name,
      imageUrl,
      exposedPort: fields.exposed_port,
      ...(username && { dockerUsername: username }),
      ...(password && { dockerPassword: password }),
    },
    now,
  );
  if (attempt.errors.length > 0) {
    // **Inferred**: a model whose container fails is refused, with the errors and logs.
    return json(
      {
        detail: `The model could not be started: ${attempt.errors.map((e) => e.message).join(' ')}`,
        errors: attempt.errors,
        container_logs: attempt.logs,
      },
      400,
    );
  }
  if (fields.state === 'live') {
    // One live model per deployment: **inferred**, the previous live model becomes a challenger.
    const current = store.liveModelOf(deployment.uuid);
    if (current) current.state = 'challenger';
  }
  const model = store.addModel({
    uuid: random.uuid(),
    name,
    createdAt: now,
    state: fields.state,
    deploymentUuid: deployment.uuid,
    imageUrl,
    exposedPort: attempt.port,
  });
  return json({ model: modelJson(model) }, 201);
};

/** GET /deployments/{dep}/models/ -> `{results: [model]}`, oldest first. */
export const listModels: RouteHandler = ({ params, store }) => {
  const deployment = store.deployments.get(params.dep ?? '');
  if (!deployment) return detail(404, `Deployment ${params.dep} not found.`);
  return json({ results: store.modelsOf(deployment.uuid).map(modelJson) });
};

/** POST /deployments/{dep}/switch/ `{switch_to, new_live_model}`: promotes a model to live. */
export const promoteModel: RouteHandler = async ({ request, params, store }) => {
  const deployment = store.deployments.get(params.dep ?? '');
  if (!deployment) return detail(404, `Deployment ${params.dep} not found.`);
  const body = await readObject(request, '{"switch_to", "new_live_model"}');
  if (!body.ok) return body.response;
  const { switch_to: switchTo, new_live_model: newLive } = body.value;
  if (typeof switchTo !== 'string' || !DEMOTED_STATES.includes(switchTo)) {
    return detail(
      400,
      '"switch_to" (the state of the current live model) must be challenger or disabled.',
    );
  }
  const model = typeof newLive === 'string' ? store.models.get(newLive) : undefined;
  if (!model || model.deploymentUuid !== deployment.uuid) {
    return detail(404, `Model ${String(newLive)} not found in deployment "${deployment.name}".`);
  }
  if (model.state === 'live') return detail(400, `Model "${model.name}" is already live.`);
  const current = store.liveModelOf(deployment.uuid);
  if (current) current.state = switchTo;
  model.state = 'live';
  return json({ detail: `Model "${model.name}" is live.` });
};

/** POST /deployments/models/{model}/switch/ `{switch_to}`: challenger <-> disabled only. */
export const switchModelState: RouteHandler = async ({ request, params, store }) => {
  const model = store.models.get(params.model ?? '');
  if (!model) return detail(404, `Model ${params.model} not found.`);
  const body = await readObject(request, '{"switch_to"}');
  if (!body.ok) return body.response;
  const switchTo = body.value.switch_to;
  const promote = `POST /deployments/${model.deploymentUuid}/switch/`;
  if (switchTo === 'live') return detail(400, `Promote a model to live with ${promote}.`);
  if (typeof switchTo !== 'string' || !DEMOTED_STATES.includes(switchTo)) {
    return detail(400, '"switch_to" must be challenger or disabled.');
  }
  if (model.state === 'live') {
    return detail(400, `A live model can only be demoted by promoting another one (${promote}).`);
  }
  if (model.state === switchTo) return detail(400, `Model "${model.name}" is already ${switchTo}.`);
  model.state = switchTo;
  return json({ detail: `Model "${model.name}" is ${switchTo}.` });
};

/** DELETE /deployments/models/{model}/ -> 204; the live model cannot be deleted. */
export const deleteModel: RouteHandler = ({ params, store }) => {
  const model = store.models.get(params.model ?? '');
  if (!model) return detail(404, `Model ${params.model} not found.`);
  if (model.state === 'live') {
    return detail(400, 'The live model cannot be deleted: promote another model first.');
  }
  store.models.delete(model.uuid);
  return noContent();
};
