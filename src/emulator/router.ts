import type { RouteContext, RouteHandler } from './context.js';
import { detail, json } from './responses.js';
import { apiKeyLogin, login, logout, refresh } from './routes/auth.js';
import { createDeployment, deleteDeployment, listDeployments } from './routes/deployments.js';
import {
  createModel,
  deleteModel,
  listModels,
  promoteModel,
  switchModelState,
} from './routes/models.js';
import { evaluate, listPredictions, predict, submitFeedback } from './routes/predictions.js';

interface Route {
  method: string;
  pattern: RegExp;
  /** API routes need a valid access token; auth routes do not. */
  auth: boolean;
  handler: RouteHandler;
}

const ID = '([^/]+)';
const route = (method: string, path: string, auth: boolean, handler: RouteHandler): Route => ({
  method,
  pattern: new RegExp(`^${path.replaceAll('{}', ID)}$`),
  auth,
  handler,
});

// `/deployments/models/...` comes before `/deployments/{dep}/...`: "models" is not a deployment.
const ROUTES: Route[] = [
  route('POST', '/api/auth/login/', false, login),
  route('POST', '/api/auth/api_key/', false, apiKeyLogin),
  route('POST', '/api/auth/token/refresh/', false, refresh),
  // The contract writes logout without a trailing slash (**inferred** endpoint): both are served.
  route('POST', '/api/auth/logout/?', false, logout),
  route('POST', '/deployments/models/{}/switch/', true, switchModelState),
  route('DELETE', '/deployments/models/{}/', true, deleteModel),
  route('GET', '/deployments/', true, listDeployments),
  route('POST', '/deployments/', true, createDeployment),
  route('POST', '/deployments/{}/predict/', true, predict),
  route('POST', '/deployments/{}/predictions/feedback/', true, submitFeedback),
  route('GET', '/deployments/{}/predictions/', true, listPredictions),
  route('POST', '/deployments/{}/evaluate/', true, evaluate),
  route('POST', '/deployments/{}/models/', true, createModel),
  route('GET', '/deployments/{}/models/', true, listModels),
  route('POST', '/deployments/{}/switch/', true, promoteModel),
  route('DELETE', '/deployments/{}/', true, deleteDeployment),
];

async function authenticate(context: Omit<RouteContext, 'params'>): Promise<Response | null> {
  const header = context.request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return detail(401, 'Authentication credentials were not provided.');
  const check = await context.tokens.verify(match[1], 'access');
  if (check.ok) return null;
  const messages = {
    expired: 'Access token expired: refresh it with POST /api/auth/token/refresh/.',
    revoked: 'Access token revoked: log in again.',
    invalid: 'Given token not valid for any token type',
  };
  return json({ detail: messages[check.reason], code: 'token_not_valid' }, 401);
}

/** Finds the route of a request, checks its token and runs it. */
export async function dispatch(context: Omit<RouteContext, 'params'>): Promise<Response> {
  const { pathname } = context.url;
  const method = context.request.method.toUpperCase();
  const matching = ROUTES.filter((r) => r.pattern.test(pathname));
  if (matching.length === 0) {
    const hint = pathname.endsWith('/') ? '' : ' Konan paths end with "/".';
    return detail(404, `Not found: ${pathname}.${hint}`);
  }
  const found = matching.find((r) => r.method === method);
  if (!found) {
    const allowed = [...new Set(matching.map((r) => r.method))].join(', ');
    return new Response(JSON.stringify({ detail: `Method "${method}" not allowed.` }), {
      status: 405,
      headers: { 'Content-Type': 'application/json', Allow: allowed },
    });
  }
  if (found.auth) {
    const rejected = await authenticate(context);
    if (rejected) return rejected;
  }
  const [, first] = found.pattern.exec(pathname) ?? [];
  const id = decodeURIComponent(first ?? '');
  const params: Record<string, string> = pathname.startsWith('/deployments/models/')
    ? { model: id }
    : { dep: id };
  return found.handler({ ...context, params });
}
