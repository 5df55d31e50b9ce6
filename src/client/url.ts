import { KonanForeignOriginError, KonanInputError } from './errors.js';

/** Parses a configured base URL, refusing anything that is not absolute http(s). */
export function parseBaseUrl(option: 'authUrl' | 'apiUrl', value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new KonanInputError(
      option,
      `${option} "${withoutUserinfo(value)}" is not an absolute URL; pass e.g. https://api.konan.ai.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new KonanInputError(
      option,
      `${option} must be an http or https URL, not "${withoutUserinfo(value)}".`,
    );
  }
  return url;
}

/**
 * Joins a base URL (which may carry a path, e.g. an on-premises install under `/konan`) and a
 * contract path that starts with `/`.
 */
export function joinUrl(base: URL, path: string): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${path}`;
}

/**
 * The path segment for an identifier, so an id can never escape its place in the path. `.` and
 * `..` survive percent-encoding and would be resolved as "this" and "parent" directory, and a lone
 * UTF-16 surrogate cannot be encoded at all: those are refused, naming `field`.
 */
export function segment(field: string, id: string): string {
  const trimmed = id.trim();
  if (trimmed === '' || trimmed === '.' || trimmed === '..') {
    throw new KonanInputError(
      field,
      `${field} "${trimmed}" is not an identifier: pass the uuid Konan gave for it.`,
    );
  }
  try {
    return encodeURIComponent(trimmed);
  } catch {
    throw new KonanInputError(
      field,
      `${field} contains text that cannot go in a URL (a broken character): pass the uuid Konan gave for it.`,
    );
  }
}

/**
 * Returns `url` if it is on `origin`, else throws `KonanForeignOriginError`: the bearer token is
 * only ever sent to the configured API origin. Absolute URLs are returned exactly as given; a
 * relative one (no server is known to send them) is resolved against the API origin.
 */
export function requireOrigin(url: string, origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    throw new KonanForeignOriginError(withoutUserinfo(url), origin);
  }
  const shown = withoutUserinfo(url);
  if (parsed.origin !== origin) throw new KonanForeignOriginError(shown, origin);
  // fetch refuses such URLs with an error quoting them, password included: refuse them first.
  if (parsed.username !== '' || parsed.password !== '') {
    throw new KonanForeignOriginError(shown, origin, 'it carries a user name or password');
  }
  return URL.canParse(url) ? url : parsed.href;
}

/** `url` with any `user:password@` replaced by `***@`, for messages. */
export const withoutUserinfo = (url: string): string => url.replace(/\/\/[^/?#]*@/, '//***@');
