import {
  isKonanError,
  isKonanForeignOriginError,
  isKonanHttpError,
  isKonanInputError,
  isKonanPageLimitError,
  isKonanSessionError,
  isKonanValidationError,
  type KonanErrorCode,
  type KonanHttpError,
  type KonanSessionErrorReason,
} from '../../client/errors.js';
import { defaultErrorAlertLabels, type ErrorAlertLabels } from './error-alert-labels.js';

/** One technical fact about an error, shown in the details disclosure, never in the first line. */
export interface ErrorDetail {
  label: string;
  value: string;
  /** Code-like (a URL, a path): shown left to right in monospace. */
  code?: boolean;
}

/** What to tell the user about an error: a sentence to act on, and the facts behind it. */
export interface ErrorDescription {
  text: string;
  details: ErrorDetail[];
}

// The endpoints a 409 means something precise on (konan-api.md, endpoints 1, 5 to 7).
const PREDICT_PATH = /\/deployments\/[^/]+\/predict\/?$/;
const CREATE_PATHS = [/\/deployments\/?$/, /\/deployments\/[^/]+\/models\/?$/];

const sessionTexts = {
  credentials_rejected: 'credentialsRejected',
  session_expired: 'sessionExpired',
  not_authenticated: 'notAuthenticated',
} as const satisfies Record<KonanSessionErrorReason, keyof ErrorAlertLabels>;

/** The request failures told in their own words; any other code is `unknown`. */
const requestTexts: Partial<Record<KonanErrorCode, 'timeout' | 'aborted' | 'network'>> = {
  timeout: 'timeout',
  aborted: 'aborted',
  network: 'network',
};

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function httpText(error: KonanHttpError, labels: ErrorAlertLabels): string {
  const { status, method } = error;
  const path = pathOf(error.url);
  if (status === 401) return labels.sessionExpired;
  if (status === 403) return labels.forbidden;
  if (status === 404) return labels.notFound;
  if (status === 409) {
    // *Inferred*: Konan answers 409 to a prediction when the deployment has no live model.
    if (method === 'POST' && PREDICT_PATH.test(path)) return labels.noLiveModel;
    if (method === 'POST' && CREATE_PATHS.some((re) => re.test(path))) return labels.nameTaken;
    return labels.conflict;
  }
  if (status === 429) return labels.tooManyRequests;
  if (status >= 500) return labels.serverProblem;
  // 400, 422…: the server's words say which value to fix, so they belong in the first line.
  return error.serverMessage
    ? `${labels.invalidValues} ${labels.serverSays(error.serverMessage)}`
    : labels.invalidValues;
}

/**
 * The first line and the technical details of any error a hook may return, in the user's terms.
 * Status, method and address go to `details` only; server text stays text.
 */
export function describeError(
  error: unknown,
  labels: ErrorAlertLabels = defaultErrorAlertLabels,
): ErrorDescription {
  if (isKonanHttpError(error)) {
    const details: ErrorDetail[] = [
      { label: labels.detailStatus, value: String(error.status) },
      { label: labels.detailMethod, value: error.method, code: true },
      { label: labels.detailUrl, value: error.url, code: true },
    ];
    if (error.serverMessage) {
      details.push({ label: labels.detailServerMessage, value: error.serverMessage });
    }
    return { text: httpText(error, labels), details };
  }
  if (isKonanValidationError(error)) {
    return {
      text: labels.unexpectedResponse,
      details: [
        { label: labels.detailUrl, value: error.url, code: true },
        { label: labels.detailField, value: error.path || '(root)', code: true },
        { label: labels.detailMessage, value: error.issues[0]?.message ?? '' },
      ],
    };
  }
  if (isKonanSessionError(error)) {
    return { text: labels[sessionTexts[error.reason]], details: [] };
  }
  if (isKonanForeignOriginError(error)) {
    return {
      text: labels.foreignOrigin,
      details: [{ label: labels.detailUrl, value: error.url, code: true }],
    };
  }
  if (isKonanPageLimitError(error)) {
    return {
      text: labels.pageLimit,
      details: [{ label: labels.detailUrl, value: error.url, code: true }],
    };
  }
  if (isKonanInputError(error)) return { text: error.message, details: [] };
  if (isKonanError(error)) {
    const text = labels[requestTexts[error.code] ?? 'unknown'];
    return { text, details: [{ label: labels.detailMessage, value: error.message }] };
  }
  if (error instanceof Error && error.message) return { text: error.message, details: [] };
  return { text: labels.unknown, details: [] };
}

/** A sentence a user can act on, from any error a hook may return (no status, method or URL). */
export function errorText(error: unknown, labels?: ErrorAlertLabels): string {
  return describeError(error, labels).text;
}
