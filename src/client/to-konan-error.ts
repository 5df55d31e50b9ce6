import { isHTTPError, isTimeoutError } from 'ky';
import { readErrorBody } from './error-body.js';
import { isKonanError, KonanAbortError, KonanHttpError, KonanNetworkError } from './errors.js';

interface FailedRequest {
  method: string;
  url: string;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
}

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === 'AbortError';

/** Turns whatever ky or fetch threw into the client's typed error hierarchy. */
export async function toKonanError(error: unknown, request: FailedRequest): Promise<unknown> {
  if (isKonanError(error)) return error;
  if (request.signal?.aborted || isAbort(error)) return new KonanAbortError({ cause: error });
  const where = `${request.method} ${request.url}`;
  if (isTimeoutError(error)) {
    return new KonanNetworkError(
      `Konan did not answer ${where} within ${request.timeoutMs} ms. Try again later, or raise the client's timeoutMs.`,
      { cause: error, timeout: true },
    );
  }
  if (isHTTPError(error)) {
    const body = await readErrorBody(error.response);
    return new KonanHttpError({
      status: error.response.status,
      serverMessage: body.serverMessage,
      method: request.method,
      url: request.url,
      body: body.body,
      bodyTruncated: body.truncated,
      bodySize: body.size,
    });
  }
  // fetch rejects with a TypeError when the network fails, whatever the runtime's wording.
  if (error instanceof TypeError) {
    return new KonanNetworkError(
      `Could not reach Konan for ${where}. Check the network connection and the client's URLs, then try again.`,
      { cause: error },
    );
  }
  return error; // not a transport failure: a bug, left as it is so it is not disguised
}
