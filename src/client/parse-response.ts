import type * as z from 'zod/mini';
import { KonanValidationError, type KonanValidationIssue } from './errors.js';

interface Issue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly errors?: readonly (readonly Issue[])[];
}

/**
 * A union failure (e.g. `results` as an object or a list) hides where the body went wrong.
 * Descend into the branch that got furthest, so the issue names the deepest failing field.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[]): KonanValidationIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
    const depth = (branch: readonly Issue[]) => Math.max(...branch.map((i) => i.path.length));
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
    if (best && best.length > 0 && depth(best) > 0) return best.flatMap((i) => flatten(i, path));
  }
  return [{ path: path.map(String).join('.'), message: issue.message }];
}

/** Validates a decoded JSON body against its wire schema, naming the failing path on error. */
export function validateBody<T>(schema: z.ZodMiniType<T>, body: unknown, url: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => flatten(issue as Issue, []));
  throw new KonanValidationError({ url, issues });
}

/** Decodes a response body's text as JSON, then validates it. */
export function parseResponse<T>(schema: z.ZodMiniType<T>, text: string, url: string): T {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const message = text.trim() === '' ? 'the body is empty' : 'the body is not valid JSON';
    throw new KonanValidationError({ url, issues: [{ path: '', message }] });
  }
  return validateBody(schema, body, url);
}
