import type { Random } from './prng.js';
import { detail } from './responses.js';
import type { EmulatorStore } from './store.js';
import type { TokenAuthority } from './tokens.js';
import type { ResolvedKonanEmulatorOptions } from './types.js';

/** What a route handler gets: the request and the emulator's state. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  store: EmulatorStore;
  tokens: TokenAuthority;
  options: ResolvedKonanEmulatorOptions;
  /** Draws the uuids of entities created at run time (seeded too, so runs repeat). */
  random: Random;
}

export type RouteHandler = (context: RouteContext) => Promise<Response> | Response;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body; an empty body reads as `undefined`, malformed JSON answers 400. */
export async function readJson(request: Request): Promise<BodyResult> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, response: detail(400, `JSON parse error - ${reason}`) };
  }
}

/** Reads a JSON object body; anything else answers 400 with `expected` in the message. */
export async function readObject(
  request: Request,
  expected: string,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const body = await readJson(request);
  if (!body.ok) return body;
  const value = body.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, response: detail(400, `Expected a JSON object: ${expected}.`) };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export type Window = { start: number; end: number };

/** Parses `start_time`/`end_time` (ISO 8601); a missing bound is open. */
export function parseWindow(
  start: unknown,
  end: unknown,
): { ok: true; window: Window } | { ok: false; response: Response } {
  const bound = (name: string, value: unknown, open: number) => {
    if (value === undefined || value === null || value === '') return open;
    if (typeof value !== 'string') return Number.NaN;
    let time = Date.parse(value);
    // A "+01:00" offset sent unencoded in a query string arrives as a space.
    if (Number.isNaN(time) && value.includes(' ')) time = Date.parse(value.replace(' ', '+'));
    if (Number.isNaN(time))
      throw new RangeError(`${name} is not an ISO 8601 date: ${JSON.stringify(value)}`);
    return time;
  };
  try {
    const window = {
      start: bound('start_time', start, Number.NEGATIVE_INFINITY),
      end: bound('end_time', end, Number.POSITIVE_INFINITY),
    };
    if (window.start > window.end) {
      return { ok: false, response: detail(400, 'start_time must not be after end_time.') };
    }
    return { ok: true, window };
  } catch (error) {
    return { ok: false, response: detail(400, (error as Error).message) };
  }
}

/** The absolute URL of another page of the same listing, keeping the request's query. */
export function pageUrl(url: URL, page: number): string {
  const next = new URL(url.pathname, url.origin);
  for (const [key, value] of url.searchParams) next.searchParams.append(key, value);
  if (page === 1) next.searchParams.delete('page');
  else next.searchParams.set('page', String(page));
  return next.toString();
}

/** Reads `?page=` (default 1); a bad or out-of-range page answers 404 "Invalid page." as Django does. */
export function paginate<T>(
  url: URL,
  items: readonly T[],
  pageSize: number,
):
  | { ok: true; body: { count: number; next: string | null; previous: string | null; items: T[] } }
  | { ok: false; response: Response } {
  const raw = url.searchParams.get('page');
  const page = raw === null ? 1 : Number(raw);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    return { ok: false, response: detail(404, 'Invalid page.') };
  }
  return {
    ok: true,
    body: {
      count: items.length,
      next: page < pages ? pageUrl(url, page + 1) : null,
      previous: page > 1 ? pageUrl(url, page - 1) : null,
      items: items.slice((page - 1) * pageSize, page * pageSize),
    },
  };
}
