import type { ApiCaller } from './api-caller.js';
import type {
  KonanDeployment,
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
  KonanDeploymentsPage,
  KonanProjectCreationRequest,
  KonanRequestOptions,
} from './data-types.js';
import { isKonanHttpError, KonanInputError } from './errors.js';
import { imageFields } from './image-fields.js';
import { createModel } from './models.js';
import {
  deploymentCreationResponseSchema,
  deploymentsPageSchema,
  projectSchema,
} from './schemas/deployment.js';
import { requireOrigin, segment } from './url.js';
import { requireImage, requireText, requireUuid } from './validate-input.js';

/**
 * A "projects" generation server answers the legacy create call with 400, often in Django REST's
 * field-error shape (`{"image_url": ["Unknown field."]}`). As the reference client does, any 400
 * falls back: on a legacy server the project call fails too, and the first error is rethrown.
 */
const isProjectsGenerationAnswer = (error: unknown): boolean =>
  isKonanHttpError(error) && error.status === 400;

/** POST /deployments/ on a "projects" generation server (endpoint 6). */
export async function createProject(
  api: ApiCaller,
  request: KonanProjectCreationRequest,
  { signal }: KonanRequestOptions = {},
): Promise<KonanDeployment> {
  const name = requireText('name', request?.name, "The project's name");
  if (request.description !== undefined && typeof request.description !== 'string') {
    throw new KonanInputError('description', 'The description must be a string when given.');
  }
  return api.call({
    method: 'POST',
    url: api.url('/deployments/'),
    json: {
      name: name.trim(),
      ...(request.description !== undefined && { description: request.description }),
    },
    schema: projectSchema,
    signal,
  });
}

/**
 * POST /deployments/ (endpoint 5): a deployment with its live model. On a "projects" generation
 * server, falls back as the reference client does: the project (6), then its live model (7).
 */
export async function createDeployment(
  api: ApiCaller,
  request: KonanDeploymentCreationRequest,
  options: KonanRequestOptions = {},
): Promise<KonanDeploymentCreationResponse> {
  const deploymentName = requireText(
    'deploymentName',
    request?.deploymentName,
    "The deployment's name",
  ).trim();
  const modelName = requireText('modelName', request.modelName, "The model's name").trim();
  requireImage('image', request.image);
  try {
    return await api.call({
      method: 'POST',
      url: api.url('/deployments/'),
      // `name` for first-generation (2022) servers, `deployment_name` for later ones.
      json: {
        name: deploymentName,
        deployment_name: deploymentName,
        model_name: modelName,
        ...imageFields(request.image),
      },
      schema: deploymentCreationResponseSchema,
      signal: options.signal,
    });
  } catch (error) {
    if (!isProjectsGenerationAnswer(error)) throw error;
    return createAsProject(api, deploymentName, modelName, request, options, error);
  }
}

async function createAsProject(
  api: ApiCaller,
  deploymentName: string,
  modelName: string,
  request: KonanDeploymentCreationRequest,
  options: KonanRequestOptions,
  legacyError: unknown,
): Promise<KonanDeploymentCreationResponse> {
  let deployment: KonanDeployment;
  try {
    deployment = await createProject(api, { name: deploymentName }, options);
  } catch (error) {
    // Refused as a project too: the first 400 was about our input after all, and says why.
    if (isKonanHttpError(error) && error.status === 400) throw legacyError;
    throw error;
  }
  try {
    const liveModel = await createModel(
      api,
      deployment.uuid,
      { name: modelName, image: request.image, state: 'live' },
      options,
    );
    return { deployment, liveModel, errors: [], containerLogs: '' };
  } catch (error) {
    if (!isKonanHttpError(error)) throw error;
    // **inferred**: the project exists, so it is returned, with why its live model is missing.
    return {
      deployment,
      errors: [
        {
          type: 'model',
          message: `The project was created but its live model was not: ${error.message}`,
        },
      ],
      containerLogs: '',
    };
  }
}

/** GET /deployments/ (**inferred** endpoint), one page; `pageUrl` is a previous page's `next`. */
export async function listDeployments(
  api: ApiCaller,
  options: KonanRequestOptions & { page?: number | undefined; pageUrl?: string | undefined } = {},
): Promise<KonanDeploymentsPage> {
  const { signal, page, pageUrl } = options;
  if (pageUrl !== undefined) {
    const url = requireOrigin(pageUrl, api.origin);
    return api.call({ method: 'GET', url, schema: deploymentsPageSchema, signal });
  }
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) {
    throw new KonanInputError('page', `page must be a whole number of at least 1; got ${page}.`);
  }
  return api.call({
    method: 'GET',
    url: api.url('/deployments/'),
    ...(page !== undefined && { query: { page: String(page) } }),
    schema: deploymentsPageSchema,
    signal,
  });
}

/** DELETE /deployments/{dep}/ */
export async function deleteDeployment(
  api: ApiCaller,
  deploymentUuid: string,
  { signal }: KonanRequestOptions = {},
): Promise<void> {
  requireUuid('deploymentUuid', deploymentUuid);
  await api.call({
    method: 'DELETE',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/`),
    signal,
  });
}
