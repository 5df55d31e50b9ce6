import type { JWTPayload } from 'jose';
import { type RouteHandler, readObject } from '../context.js';
import { detail, json, noContent } from '../responses.js';
import type { TokenAuthority } from '../tokens.js';

/** POST /api/auth/login/ `{email, password}` -> `{access, refresh}` */
export const login: RouteHandler = async ({ request, options, tokens }) => {
  const body = await readObject(request, '{"email", "password"}');
  if (!body.ok) return body.response;
  const { email, password } = body.value;
  if (typeof email !== 'string' || typeof password !== 'string') {
    return detail(400, 'Both "email" and "password" are required.');
  }
  const account = options.account;
  // **Inferred**: bad credentials answer 401 (the contract only says "a 4xx").
  if (email.trim().toLowerCase() !== account.email.toLowerCase() || password !== account.password) {
    return detail(401, 'No active account found with the given credentials');
  }
  return json(await tokens.issue());
};

/** POST /api/auth/api_key/ `{api_key}` -> `{access, refresh}` */
export const apiKeyLogin: RouteHandler = async ({ request, options, tokens }) => {
  const body = await readObject(request, '{"api_key"}');
  if (!body.ok) return body.response;
  if (typeof body.value.api_key !== 'string') return detail(400, '"api_key" is required.');
  if (body.value.api_key !== options.account.apiKey) {
    return detail(401, 'Invalid API key: no active account uses it.');
  }
  return json(await tokens.issue());
};

/**
 * The body of a request that carries a `refresh` token, and the token's payload once verified;
 * else the answer: 400 without a token, 401 (`token_not_valid`) for a bad, expired or revoked one.
 */
async function verifiedRefresh(
  request: Request,
  tokens: TokenAuthority,
  expected: string,
): Promise<
  | { ok: true; body: Record<string, unknown>; payload: JWTPayload }
  | { ok: false; response: Response }
> {
  const body = await readObject(request, expected);
  if (!body.ok) return body;
  if (typeof body.value.refresh !== 'string') {
    return { ok: false, response: detail(400, '"refresh" is required.') };
  }
  const check = await tokens.verify(body.value.refresh, 'refresh');
  if (!check.ok) {
    const invalid = { detail: 'Token is invalid or expired', code: 'token_not_valid' };
    return { ok: false, response: json(invalid, 401) };
  }
  return { ok: true, body: body.value, payload: check.payload };
}

/** POST /api/auth/token/refresh/ `{refresh}` -> `{access}` (no new refresh token). */
export const refresh: RouteHandler = async ({ request, tokens }) => {
  const sent = await verifiedRefresh(request, tokens, '{"refresh"}');
  if (!sent.ok) return sent.response;
  return json({ access: await tokens.issueAccess() });
};

/**
 * POST /api/auth/logout `{refresh, all_devices}` -> 204 (**inferred** endpoint, seen in one public
 * script). Revokes that refresh token; `all_devices` revokes every token issued so far.
 */
export const logout: RouteHandler = async ({ request, tokens }) => {
  const sent = await verifiedRefresh(request, tokens, '{"refresh", "all_devices"}');
  if (!sent.ok) return sent.response;
  if (sent.body.all_devices === true) tokens.revokeAll();
  else if (sent.payload.jti) tokens.revoke(sent.payload.jti);
  return noContent();
};
