import type { KonanClient, KonanClientOptions, KonanCore } from './client-interface.js';
import { apiOf } from './core-api.js';
import { createKonanCore } from './create-core.js';
import {
  createDeployment,
  createProject,
  deleteDeployment,
  listDeployments,
} from './deployments.js';
import { evaluate } from './evaluate.js';
import { submitFeedbacks } from './feedbacks.js';
import { createModel, deleteModel, listModels, switchModelState } from './models.js';
import { predict } from './predict.js';
import { listPredictions, predictionPages } from './predictions.js';

const clients = new WeakMap<KonanCore, KonanClient>();

/** The full client over an existing core: same session, one method per endpoint. */
export function konanClientFor(core: KonanCore): KonanClient {
  if ('predict' in core) return core as KonanClient;
  const cached = clients.get(core);
  if (cached) return cached;
  const api = apiOf(core);
  const client: KonanClient = {
    authUrl: core.authUrl,
    apiUrl: core.apiUrl,
    session: core.session,
    login: core.login,
    logout: core.logout,

    predict: (dep, input, opts) => predict(api, dep, input, opts),
    submitFeedbacks: (dep, feedbacks, opts) => submitFeedbacks(api, dep, feedbacks, opts),
    listPredictions: (dep, timeWindow, opts) => listPredictions(api, dep, timeWindow, opts),
    predictions: (dep, timeWindow, opts) => predictionPages(api, dep, timeWindow, opts),
    evaluate: (dep, timeWindow, opts) => evaluate(api, dep, timeWindow, opts),

    createDeployment: (request, opts) => createDeployment(api, request, opts),
    createProject: (request, opts) => createProject(api, request, opts),
    listDeployments: (opts) => listDeployments(api, opts),
    deleteDeployment: (dep, opts) => deleteDeployment(api, dep, opts),

    createModel: (dep, request, opts) => createModel(api, dep, request, opts),
    listModels: (dep, opts) => listModels(api, dep, opts),
    switchModelState: (request, opts) => switchModelState(api, request, opts),
    deleteModel: (model, opts) => deleteModel(api, model, opts),
  };
  clients.set(core, client);
  return client;
}

/**
 * A Konan client: one method per endpoint, every response validated, the session (login, token
 * refresh, re-login) kept inside. Framework-free; the React layer builds on it.
 *
 * @example
 * const konan = createKonanClient({ apiUrl: 'https://api.konan.ai' });
 * await konan.login({ email, password });
 * const { output } = await konan.predict(deploymentUuid, { age: 42 });
 */
export function createKonanClient(options: KonanClientOptions = {}): KonanClient {
  return konanClientFor(createKonanCore(options));
}
