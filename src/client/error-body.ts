import { serverMessage } from './server-message.js';

/** Most of an error body, in characters of text, that a `KonanHttpError` keeps. */
export const ERROR_BODY_LIMIT = 4_096;
/** Most bytes read from an error body: enough to find the server's message in a long JSON answer. */
const READ_LIMIT = 65_536;

export interface ErrorBody {
  /** The decoded body (JSON value or text), or its first `ERROR_BODY_LIMIT` characters. */
  body: unknown;
  truncated: boolean;
  /** Size in bytes, when known (read to its end, or from Content-Length). */
  size: number | undefined;
  serverMessage: string | undefined;
}

/** Reads at most `READ_LIMIT` bytes, then cancels the stream. Unreadable bodies read as empty. */
async function readCapped(response: Response): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(), complete: true };
  const chunks: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  try {
    while (length <= READ_LIMIT) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      chunks.push(value);
      length += value.length;
    }
    // Not awaited: a teed stream (a clone kept by instrumentation) only settles once both halves
    // are cancelled.
    if (!complete) reader.cancel().catch(() => undefined);
  } catch {
    complete = length === 0;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, complete };
}

const declaredSize = (response: Response): number | undefined => {
  const value = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};

/** An error response's body, bounded: what a `KonanHttpError` carries. */
export async function readErrorBody(response: Response): Promise<ErrorBody> {
  const { bytes, complete } = await readCapped(response);
  const text = new TextDecoder().decode(bytes);
  let decoded: unknown = text;
  if (complete) {
    try {
      decoded = JSON.parse(text);
    } catch {
      // Not JSON: kept as text.
    }
  }
  const size = complete ? bytes.length : declaredSize(response);
  const message = serverMessage(decoded);
  if (complete && text.length <= ERROR_BODY_LIMIT) {
    return { body: decoded, truncated: false, size, serverMessage: message };
  }
  return { body: text.slice(0, ERROR_BODY_LIMIT), truncated: true, size, serverMessage: message };
}
