import type { KonanDockerImage, KonanLoginInput, KonanTimeWindow } from './data-types.js';
import { KonanInputError } from './errors.js';
import { findNonJson } from './json-check.js';
import { segment } from './url.js';

const shown = (value: unknown): string =>
  typeof value === 'string'
    ? `"${value}"`
    : typeof value === 'number'
      ? String(value)
      : typeof value;

/** A required, non-blank string. */
export function requireText(field: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new KonanInputError(field, `${what} is required: pass a non-empty ${field}.`);
  }
  return value;
}

/** A deployment or model identifier that fits in one path segment. */
export function requireUuid(field: string, value: unknown): string {
  const id = requireText(field, value, `The ${field.replace(/Uuid$/, '')} identifier`);
  segment(field, id);
  return id;
}

export function requirePort(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
    throw new KonanInputError(
      field,
      `${field} must be a whole number from 1 to 65535, the port the model's server listens on ` +
        `(Konan's templates use 8000); got ${shown(value)}.`,
    );
  }
  return value;
}

export function requireImage(field: string, image: KonanDockerImage | undefined): void {
  if (typeof image !== 'object' || image === null) {
    throw new KonanInputError(field, `${field} is required: pass { url, exposedPort }.`);
  }
  requireText(`${field}.url`, image.url, 'The container image URL');
  if (/\s/.test(image.url.trim())) {
    throw new KonanInputError(
      `${field}.url`,
      `The container image URL cannot contain spaces; got ${shown(image.url)}.`,
    );
  }
  requirePort(`${field}.exposedPort`, image.exposedPort);
  if (image.credentials !== undefined) {
    requireText(
      `${field}.credentials.username`,
      image.credentials.username,
      'The registry username',
    );
    requireText(
      `${field}.credentials.password`,
      image.credentials.password,
      'The registry password',
    );
  }
}

export function requireWindow(window: KonanTimeWindow | undefined): void {
  if (typeof window !== 'object' || window === null) {
    throw new KonanInputError('window', 'A time window { start, end } is required.');
  }
  for (const key of ['start', 'end'] as const) {
    const date: unknown = window[key];
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new KonanInputError(`window.${key}`, `window.${key} must be a valid Date.`);
    }
  }
  if (window.start.getTime() > window.end.getTime()) {
    throw new KonanInputError(
      'window',
      `The time window starts (${window.start.toISOString()}) after it ends (${window.end.toISOString()}); swap start and end.`,
    );
  }
}

/** A model input or feedback target that survives `JSON.stringify` unchanged. */
export function requireJson(field: string, value: unknown): void {
  const bad = findNonJson(value, field);
  if (bad) {
    throw new KonanInputError(
      bad.path,
      `${bad.path} is ${bad.found}, which JSON cannot carry. Pass plain JSON values only: ` +
        'strings, finite numbers, booleans, null, arrays and plain objects.',
    );
  }
}

export function requireLogin(input: KonanLoginInput | undefined): KonanLoginInput {
  if (typeof input !== 'object' || input === null) {
    throw new KonanInputError('input', 'login() takes { email, password } or { apiKey }.');
  }
  if ('apiKey' in input) return { apiKey: requireText('apiKey', input.apiKey, 'The API key') };
  const email = requireText('email', input.email, 'The email');
  if (typeof input.password !== 'string' || input.password === '') {
    throw new KonanInputError('password', 'The password is required: pass a non-empty password.');
  }
  return { email: email.trim(), password: input.password };
}

/** A positive whole number option such as `chunkSize` or `concurrency`. */
export function requireCount(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new KonanInputError(
      field,
      `${field} must be a whole number of at least 1; got ${shown(value)}.`,
    );
  }
  return value;
}
