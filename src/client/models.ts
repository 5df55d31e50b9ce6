import type { ApiCaller } from './api-caller.js';
import type { KonanSwitchModelStateRequest } from './client-interface.js';
import type { KonanModel, KonanModelCreationRequest, KonanRequestOptions } from './data-types.js';
import { KonanInputError } from './errors.js';
import { imageFields } from './image-fields.js';
import { createModelResponseSchema, MODEL_STATES, modelsListSchema } from './schemas/model.js';
import { checkSwitchRequest, planSwitch } from './switch-rules.js';
import { segment } from './url.js';
import { requireImage, requireText, requireUuid } from './validate-input.js';

/** POST /deployments/{dep}/models/ */
export async function createModel(
  api: ApiCaller,
  deploymentUuid: string,
  request: KonanModelCreationRequest,
  { signal }: KonanRequestOptions = {},
): Promise<KonanModel> {
  requireUuid('deploymentUuid', deploymentUuid);
  const name = requireText('name', request?.name, "The model's name");
  requireImage('image', request.image);
  const state = request.state ?? 'challenger';
  if (!(MODEL_STATES as readonly string[]).includes(state)) {
    throw new KonanInputError(
      'state',
      `A new model is live, challenger or disabled, not "${String(state)}".`,
    );
  }
  return api.call({
    method: 'POST',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/models/`),
    json: { name: name.trim(), ...imageFields(request.image), state },
    schema: createModelResponseSchema,
    signal,
  });
}

/** GET /deployments/{dep}/models/ */
export async function listModels(
  api: ApiCaller,
  deploymentUuid: string,
  { signal }: KonanRequestOptions = {},
): Promise<KonanModel[]> {
  requireUuid('deploymentUuid', deploymentUuid);
  return api.call({
    method: 'GET',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/models/`),
    schema: modelsListSchema,
    signal,
  });
}

/** Endpoints 9 and 10, after the reference client's rules (see `planSwitch`). */
export async function switchModelState(
  api: ApiCaller,
  request: KonanSwitchModelStateRequest,
  { signal }: KonanRequestOptions = {},
): Promise<void> {
  requireUuid('deploymentUuid', request?.deploymentUuid);
  requireUuid('modelUuid', request.modelUuid);
  checkSwitchRequest(request);
  let from = request.from;
  if (from === undefined) {
    const models = await listModels(api, request.deploymentUuid, { signal });
    const model = models.find((m) => m.uuid === request.modelUuid);
    if (!model) {
      throw new KonanInputError(
        'modelUuid',
        `Deployment ${request.deploymentUuid} has no model ${request.modelUuid}; check both identifiers.`,
      );
    }
    from = model.state;
  }
  const plan = planSwitch(request, from);
  if (plan.kind === 'promote') {
    await api.call({
      method: 'POST',
      url: api.url(`/deployments/${segment('deploymentUuid', request.deploymentUuid)}/switch/`),
      json: { switch_to: plan.switchTo, new_live_model: plan.newLiveModel },
      signal,
    });
    return;
  }
  await api.call({
    method: 'POST',
    url: api.url(`/deployments/models/${segment('modelUuid', request.modelUuid)}/switch/`),
    json: { switch_to: plan.switchTo },
    signal,
  });
}

/** DELETE /deployments/models/{model}/ (not nested under the deployment). */
export async function deleteModel(
  api: ApiCaller,
  modelUuid: string,
  { signal }: KonanRequestOptions = {},
): Promise<void> {
  requireUuid('modelUuid', modelUuid);
  await api.call({
    method: 'DELETE',
    url: api.url(`/deployments/models/${segment('modelUuid', modelUuid)}/`),
    signal,
  });
}
