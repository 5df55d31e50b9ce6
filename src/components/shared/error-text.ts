import { isKonanError } from '../../client/errors.js';

/** A sentence a user can act on, from any error a hook may return. Server text stays text. */
export function errorText(error: unknown): string {
  if (isKonanError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
