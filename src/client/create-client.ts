import { createApiCaller } from './api-caller';
import {
  KONAN_DEFAULT_API_URL,
  KONAN_DEFAULT_AUTH_URL,
  type KonanClient,
  type KonanClientOptions,
} from './client-types';
import { createDeployment, createProject, deleteDeployment, listDeployments } from './deployments';
import { evaluate } from './evaluate';
import { submitFeedbacks } from './feedbacks';
import { createHttp } from './http';
import { createModel, deleteModel, listModels, switchModelState } from './models';
import { predict } from './predict';
import { listPredictions, predictionPages } from './predictions';
import { createSession } from './session';
import { parseBaseUrl } from './url';
import { requireCount } from './validate-input';

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
  const authUrlText = options.authUrl ?? KONAN_DEFAULT_AUTH_URL;
  const apiUrlText = options.apiUrl ?? KONAN_DEFAULT_API_URL;
  const authUrl = parseBaseUrl('authUrl', authUrlText);
  const apiUrl = parseBaseUrl('apiUrl', apiUrlText);
  const http = createHttp({
    fetch: options.fetch,
    timeoutMs: requireCount('timeoutMs', options.timeoutMs ?? 30_000),
    retries: options.retries === 0 ? 0 : requireCount('retries', options.retries ?? 2),
  });
  const session = createSession({
    http,
    authUrl,
    refreshLeewayMs: Math.max(options.refreshLeewayMs ?? 30_000, 0),
    tokens: options.tokens,
  });
  const api = createApiCaller(http, session, apiUrl);

  return {
    authUrl: authUrlText,
    apiUrl: apiUrlText,
    session: session.session,

    login: (input, opts) => session.login(input, opts?.signal),
    logout: (opts) => session.logout(opts?.allDevices ?? false),

    predict: (dep, input, opts) => predict(api, dep, input, opts),
    submitFeedbacks: (dep, feedbacks, opts) => submitFeedbacks(api, dep, feedbacks, opts),
    listPredictions: (dep, window, opts) => listPredictions(api, dep, window, opts),
    predictions: (dep, window, opts) => predictionPages(api, dep, window, opts),
    evaluate: (dep, window, opts) => evaluate(api, dep, window, opts),

    createDeployment: (request, opts) => createDeployment(api, request, opts),
    createProject: (request, opts) => createProject(api, request, opts),
    listDeployments: (opts) => listDeployments(api, opts),
    deleteDeployment: (dep, opts) => deleteDeployment(api, dep, opts),

    createModel: (dep, request, opts) => createModel(api, dep, request, opts),
    listModels: (dep, opts) => listModels(api, dep, opts),
    switchModelState: (request, opts) => switchModelState(api, request, opts),
    deleteModel: (model, opts) => deleteModel(api, model, opts),
  };
}
