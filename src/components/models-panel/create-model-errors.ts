import { isKonanHttpError } from '../../client/errors.js';
import type { ModelFormErrors } from './add-model-form-checks.js';

const FIELD_OF_ERROR_TYPE: Record<string, 'imageUrl' | 'exposedPort'> = {
  image: 'imageUrl',
  exposed_port: 'exposedPort',
};

/**
 * The field messages in a refused model creation: Konan answers `{errors: [{field, message}]}`
 * when the container could not start (`image`, `exposed_port`), and 409 for a duplicate name.
 */
export function createModelFieldErrors(error: unknown): ModelFormErrors {
  if (!isKonanHttpError(error)) return {};
  const fields: ModelFormErrors = {};
  if (error.status === 409 && error.serverMessage) fields.modelName = error.serverMessage;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('errors' in body)) return fields;
  const errors = (body as { errors: unknown }).errors;
  if (!Array.isArray(errors)) return fields;
  for (const item of errors) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, message } = item as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const key = FIELD_OF_ERROR_TYPE[field];
    if (key) fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
  }
  return fields;
}
