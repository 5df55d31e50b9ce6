import ky, { type KyInstance, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { KonanSessionError } from './errors.js';
import { parseResponse } from './parse-response.js';
import { toKonanError } from './to-konan-error.js';

export interface HttpSettings {
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  retries: number;
}

export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Absolute URL. */
  url: string;
  /** A JSON body. Only POSTs carry one. */
  json?: unknown;
  query?: Record<string, string>;
  /** Sent as `Authorization: Bearer`; callers only pass it for URLs on the API origin. */
  token?: string | undefined;
  signal?: AbortSignal | undefined;
  /** The wire schema of the response. Without one, the body is ignored (it may be empty). */
  schema?: z.ZodMiniType<T>;
}

export type Http = <T>(request: HttpRequest<T>) => Promise<T>;

/** Longest wait a `Retry-After` header may impose before the request is retried anyway. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * The one retry layer: idempotent GETs retry on network errors, 408, 429 (honouring
 * `Retry-After`) and 5xx with jittered exponential backoff. POSTs and DELETEs are never retried
 * here: predict, create and feedback are not idempotent.
 */
const getRetry = (limit: number): RetryOptions => ({
  limit,
  methods: ['get'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  maxRetryAfter: MAX_RETRY_AFTER_MS,
  backoffLimit: 10_000,
  delay: (attempt) => 300 * 2 ** (attempt - 1),
  jitter: true,
});

/**
 * The token itself, if an HTTP header can carry it. The runtime's own refusal quotes the whole
 * header, token included, so it must never be reached.
 */
function headerSafe(token: string): string {
  if (/^[\x21-\x7e]+$/.test(token)) return token;
  throw new KonanSessionError('session_expired', {
    message:
      'The Konan access token has characters an HTTP header cannot carry, so it was not sent. Log in again.',
  });
}

/** The HTTP layer on ky: one request in, a validated domain value (or a typed error) out. */
export function createHttp(settings: HttpSettings): Http {
  const api: KyInstance = ky.create({
    // Looked up per call so test doubles and instrumentation installed later are honoured.
    fetch: (input, init) => (settings.fetch ?? globalThis.fetch)(input, init),
    timeout: settings.timeoutMs,
    throwHttpErrors: true,
  });

  return async <T>(request: HttpRequest<T>): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.token) headers.authorization = `Bearer ${headerSafe(request.token)}`;
    let text: string;
    try {
      const responsePromise = api(request.url, {
        method: request.method,
        headers,
        ...(request.json !== undefined && { json: request.json }),
        ...(request.query && { searchParams: request.query }),
        ...(request.signal && { signal: request.signal }),
        retry: request.method === 'GET' ? getRetry(settings.retries) : 0,
      });
      // Read even when ignored: the body must be drained for the connection to be reused.
      text = await responsePromise.text();
      if (!request.schema) return undefined as T;
    } catch (error) {
      throw await toKonanError(error, { ...request, timeoutMs: settings.timeoutMs });
    }
    return parseResponse(request.schema, text, request.url);
  };
}
