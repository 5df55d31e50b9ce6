import type { KonanFeedbackStatus, KonanFeedbackSubmission } from './schemas/feedback.js';
import type { KonanModelState } from './schemas/model.js';

export type { KonanTokens, KonanUser } from './schemas/auth.js';
export type {
  KonanDeployment,
  KonanDeploymentCreationResponse,
  KonanDeploymentError,
  KonanDeploymentErrorType,
  KonanDeploymentsPage,
} from './schemas/deployment.js';
export type {
  KonanConfusionMatrix,
  KonanEvaluation,
  KonanMetric,
  KonanPredefinedMetricName,
} from './schemas/evaluation.js';
export type { KonanFeedbackStatus, KonanFeedbackSubmission } from './schemas/feedback.js';
export type { KonanModel, KonanModelState } from './schemas/model.js';
export type { KonanPrediction, KonanPredictionsPage } from './schemas/prediction.js';
export type { KonanJson } from './schemas/primitives.js';

/** Email and password of a Konan account. Held in memory only, never persisted. */
export interface KonanCredentials {
  email: string;
  password: string;
}

/** An API key of a Konan account. Held in memory only, never persisted. */
export interface KonanApiKey {
  apiKey: string;
}

/** What `login` accepts: credentials or an API key. */
export type KonanLoginInput = KonanCredentials | KonanApiKey;

/** Registry credentials for a private image. Omitted for public images. */
export interface KonanDockerCredentials {
  username: string;
  password: string;
}

/** A model's container image and the port its server listens on. */
export interface KonanDockerImage {
  url: string;
  exposedPort: number;
  credentials?: KonanDockerCredentials;
}

/** POST /deployments/: a deployment with its first (live) model. */
export interface KonanDeploymentCreationRequest {
  deploymentName: string;
  modelName: string;
  image: KonanDockerImage;
}

/** POST /deployments/{dep}/models/ */
export interface KonanModelCreationRequest {
  name: string;
  image: KonanDockerImage;
  /** Defaults to `challenger`. */
  state?: KonanModelState;
}

/** POST /deployments/ on a "projects" generation server. */
export interface KonanProjectCreationRequest {
  name: string;
  description?: string;
}

/** A half-open time window, sent to the server as ISO 8601. */
export interface KonanTimeWindow {
  start: Date;
  end: Date;
}

/** A length of time: any of days, hours and minutes, added together. */
export interface KonanTimeWindowLength {
  days?: number;
  hours?: number;
  minutes?: number;
}

/**
 * A window that ends at "now" whenever it is used, e.g. `{ last: { days: 7 } }`. Query keys hold
 * the description (so they stay stable); each fetch resolves it against the clock of that moment
 * (`resolveTimeWindow`).
 */
export interface KonanRelativeTimeWindow {
  readonly last: KonanTimeWindowLength;
}

/** What the hooks and query factories accept as a window: fixed or relative. */
export type KonanTimeWindowInput = KonanTimeWindow | KonanRelativeTimeWindow;

/**
 * A feedback item that was never answered by the server, with why. Re-send the lot with
 * `client.submitFeedbacks(dep, notSentSubmissions(result))`.
 */
export interface KonanFeedbackNotSent {
  submission: KonanFeedbackSubmission;
  /** What stopped its chunk: network failure, server error after retries, or abort. */
  reason: Error;
}

/**
 * The merged outcome of one `submitFeedbacks` call. Always:
 * `accepted + rejected + notSent.length === total` (the number of items submitted).
 */
export interface KonanFeedbacksResult {
  /** The server's per-item answers (accepted and rejected), in submission order. */
  statuses: KonanFeedbackStatus[];
  /** How many of `statuses` are accepted (the results table shows this count as is). */
  accepted: number;
  /** How many of `statuses` are rejected. */
  rejected: number;
  notSent: KonanFeedbackNotSent[];
  total: number;
}

/** Progress of a chunked feedback submission, in items. */
export interface KonanFeedbackProgress {
  /** Items the server has answered, or that were given up as not sent. */
  done: number;
  total: number;
  accepted: number;
  rejected: number;
  notSent: number;
}

/** Options every client method accepts. */
export interface KonanRequestOptions {
  signal?: AbortSignal;
}
