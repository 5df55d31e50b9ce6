/**
 * The errors every client method rejects with. Each has a stable `code` and a message that says
 * what happened and what to do; use the type guards rather than `instanceof` across bundles.
 */
export type KonanErrorCode =
  | 'http'
  | 'validation'
  | 'session'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'input'
  | 'foreign_origin'
  | 'page_limit';

export class KonanError extends Error {
  readonly code: KonanErrorCode;
  readonly isKonanError = true as const;

  constructor(code: KonanErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KonanError';
    this.code = code;
  }
}

/** What to do about an HTTP status, for messages. */
function hint(status: number): string {
  if (status === 401) return 'Log in again.';
  if (status === 403)
    return 'This account is not allowed to do that; ask an administrator of the organisation.';
  if (status === 404) return 'Check the identifier: it may be wrong or deleted.';
  if (status === 409) return 'It conflicts with what exists (e.g. a name already taken).';
  if (status === 429) return 'Too many requests: wait a moment and try again.';
  if (status >= 500) return 'Konan had a problem: try again later.';
  return 'Check the values sent.';
}

/** The server answered with a non-2xx status. */
export class KonanHttpError extends KonanError {
  readonly status: number;
  /** The server's own message (from `detail`, `message` or `error`), when it sent one. */
  readonly serverMessage: string | undefined;
  readonly method: string;
  readonly url: string;
  /**
   * The decoded error body (JSON value or text), when there was one. A body longer than 4 kB of
   * text is kept as its first 4,096 characters, and `bodyTruncated` is true.
   */
  readonly body: unknown;
  readonly bodyTruncated: boolean;
  /** The whole body's size in bytes, when known. */
  readonly bodySize: number | undefined;

  constructor(init: {
    status: number;
    serverMessage?: string | undefined;
    method: string;
    url: string;
    body?: unknown;
    bodyTruncated?: boolean | undefined;
    bodySize?: number | undefined;
  }) {
    const what = init.serverMessage ? `: ${init.serverMessage}` : '.';
    super(
      'http',
      `Konan answered ${init.status} to ${init.method} ${init.url}${what} ${hint(init.status)}`,
    );
    this.name = 'KonanHttpError';
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.bodyTruncated = init.bodyTruncated ?? false;
    this.bodySize = init.bodySize;
  }
}

/** One problem found while validating a response, with the dotted path of the failing field. */
export interface KonanValidationIssue {
  path: string;
  message: string;
}

/** The server's response did not have the shape of the contract. */
export class KonanValidationError extends KonanError {
  /** The first failing field, e.g. `results.outputs.3.uuid`. */
  readonly path: string;
  readonly issues: KonanValidationIssue[];
  readonly url: string;

  constructor(init: { url: string; issues: KonanValidationIssue[] }) {
    const first = init.issues[0] ?? { path: '', message: 'unknown problem' };
    const where = first.path || '(root)';
    super(
      'validation',
      `Konan's response to ${init.url} is not what this client expects: ${where}: ${first.message}. ` +
        'The server may be a different version; please report it with the response body.',
    );
    this.name = 'KonanValidationError';
    this.path = first.path;
    this.issues = init.issues;
    this.url = init.url;
  }
}

export type KonanSessionErrorReason =
  | 'credentials_rejected'
  | 'session_expired'
  | 'not_authenticated';

const sessionMessages: Record<KonanSessionErrorReason, string> = {
  credentials_rejected:
    'Konan rejected these credentials. Check the email and password, or the API key.',
  session_expired: 'The Konan session has expired and could not be renewed. Log in again.',
  not_authenticated: 'Not logged in to Konan. Call login() with credentials or an API key first.',
};

/** Logging in or keeping the session alive failed. */
export class KonanSessionError extends KonanError {
  readonly reason: KonanSessionErrorReason;
  constructor(reason: KonanSessionErrorReason, options?: { cause?: unknown; message?: string }) {
    super('session', options?.message ?? sessionMessages[reason], options);
    this.name = 'KonanSessionError';
    this.reason = reason;
  }
}

/** The request never got an answer: the network failed or it timed out. */
export class KonanNetworkError extends KonanError {
  constructor(message: string, options?: { cause?: unknown; timeout?: boolean }) {
    super(options?.timeout ? 'timeout' : 'network', message, options);
    this.name = 'KonanNetworkError';
  }
}

/** The caller aborted the request through its `AbortSignal`, or a later call overtook it. */
export class KonanAbortError extends KonanError {
  constructor(options?: { cause?: unknown; message?: string }) {
    super('aborted', options?.message ?? 'The request was cancelled.', options);
    this.name = 'KonanAbortError';
  }
}

/** Input was refused before anything was sent. `field` names the offending input. */
export class KonanInputError extends KonanError {
  readonly field: string;
  constructor(field: string, message: string) {
    super('input', message);
    this.name = 'KonanInputError';
    this.field = field;
  }
}

/** A URL on another origin than the configured API was refused so the bearer token never leaves it. */
export class KonanForeignOriginError extends KonanError {
  readonly url: string;
  /** `reason` replaces "it is not on the Konan API origin" when the origin matched. */
  constructor(url: string, expectedOrigin: string, reason?: string) {
    super(
      'foreign_origin',
      reason
        ? `Refused to follow ${url}: ${reason}, and the access token is only sent to ${expectedOrigin} itself.`
        : `Refused to follow ${url}: it is not on the Konan API origin ${expectedOrigin}, and the access token is only sent there.`,
    );
    this.name = 'KonanForeignOriginError';
    this.url = url;
  }
}

/** A listing had more pages than one call reads (`maxPages`): the server's `next` never ended. */
export class KonanPageLimitError extends KonanError {
  readonly maxPages: number;
  /** The `next` link that was not followed. */
  readonly url: string;
  constructor(maxPages: number, url: string) {
    super(
      'page_limit',
      `Stopped after ${maxPages} pages: Konan's listing kept pointing to a next page (${url}). ` +
        'Narrow the request (e.g. a shorter time window), or pass a higher maxPages if the listing is really that long.',
    );
    this.name = 'KonanPageLimitError';
    this.maxPages = maxPages;
    this.url = url;
  }
}

const has = (e: unknown, code: KonanErrorCode | KonanErrorCode[]): boolean =>
  isKonanError(e) && (Array.isArray(code) ? code.includes(e.code) : e.code === code);

export function isKonanError(e: unknown): e is KonanError {
  return (
    typeof e === 'object' && e !== null && (e as { isKonanError?: unknown }).isKonanError === true
  );
}
export const isKonanHttpError = (e: unknown): e is KonanHttpError => has(e, 'http');
export const isKonanValidationError = (e: unknown): e is KonanValidationError =>
  has(e, 'validation');
export const isKonanSessionError = (e: unknown): e is KonanSessionError => has(e, 'session');
export const isKonanNetworkError = (e: unknown): e is KonanNetworkError =>
  has(e, ['network', 'timeout']);
export const isKonanAbortError = (e: unknown): e is KonanAbortError => has(e, 'aborted');
export const isKonanInputError = (e: unknown): e is KonanInputError => has(e, 'input');
export const isKonanPageLimitError = (e: unknown): e is KonanPageLimitError => has(e, 'page_limit');
export const isKonanForeignOriginError = (e: unknown): e is KonanForeignOriginError =>
  has(e, 'foreign_origin');
