import type {
  KonanDeployment,
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
  KonanDeploymentsPage,
  KonanEvaluation,
  KonanFeedbackProgress,
  KonanFeedbackSubmission,
  KonanFeedbacksResult,
  KonanJson,
  KonanLoginInput,
  KonanModel,
  KonanModelCreationRequest,
  KonanModelState,
  KonanPrediction,
  KonanPredictionsPage,
  KonanProjectCreationRequest,
  KonanRequestOptions,
  KonanTimeWindow,
  KonanTokens,
  KonanUser,
} from './data-types.js';
import type { KonanPagingOptions } from './paging.js';

export interface KonanClientOptions {
  /** Defaults to `https://auth.konan.ai`. */
  authUrl?: string;
  /** Defaults to `https://api.konan.ai`. The bearer token is only ever sent to this origin. */
  apiUrl?: string;
  /** Tokens from a previous session (e.g. restored from storage). */
  tokens?: KonanTokens;
  /** Refresh this long before the access token expires. Default 30 s. */
  refreshLeewayMs?: number;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Retries of idempotent GETs (network errors, 408, 429, 5xx). Default 2. */
  retries?: number;
  /** The fetch to use (tests, instrumentation). Defaults to `globalThis.fetch`, looked up per call. */
  fetch?: typeof fetch;
}

/** Where the session stands. `tokens` is included so an app that opts into storage can persist them. */
export type KonanSessionState =
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: KonanUser; tokens: KonanTokens };

export interface KonanSession {
  getState(): KonanSessionState;
  /** Called after every change (login, refresh, re-login, logout, expiry). Returns unsubscribe. */
  subscribe(listener: (state: KonanSessionState) => void): () => void;
  /** Adopt tokens obtained elsewhere (storage, another tab). `null` clears the session locally. */
  setTokens(tokens: KonanTokens | null): void;
}

export interface KonanSubmitFeedbacksOptions extends KonanRequestOptions {
  /** Items per request. Default 500. */
  chunkSize?: number;
  /** Requests in flight at once. Default 2. */
  concurrency?: number;
  onProgress?: (progress: KonanFeedbackProgress) => void;
}

export interface KonanSwitchModelStateRequest {
  deploymentUuid: string;
  modelUuid: string;
  to: 'live' | 'challenger' | 'disabled';
  /** The model's current state. When omitted the client reads the models list first. */
  from?: KonanModelState;
  /** Where the current live model goes when `to` is `live`. Default `challenger`. */
  demoteLiveTo?: 'challenger' | 'disabled';
}

/**
 * The session half of a client: URLs, session, login and logout, without the endpoint methods.
 * The React layer holds one of these so an app bundles only the endpoints its hooks call.
 */
export interface KonanCore {
  readonly authUrl: string;
  readonly apiUrl: string;
  readonly session: KonanSession;

  login(input: KonanLoginInput, options?: KonanRequestOptions): Promise<KonanUser>;
  logout(options?: { allDevices?: boolean }): Promise<void>;
}

export interface KonanClient extends KonanCore {
  predict(
    deploymentUuid: string,
    input: KonanJson,
    options?: KonanRequestOptions,
  ): Promise<KonanPrediction>;
  submitFeedbacks(
    deploymentUuid: string,
    feedbacks: readonly KonanFeedbackSubmission[],
    options?: KonanSubmitFeedbacksOptions,
  ): Promise<KonanFeedbacksResult>;
  /** One page. Pass `pageUrl` (a previous page's `next`) to read the following page. */
  listPredictions(
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    options?: KonanRequestOptions & { pageUrl?: string },
  ): Promise<KonanPredictionsPage>;
  /**
   * Every page in turn, following `next`. A `next` already read rejects with
   * `KonanValidationError`; more than `maxPages` pages (default 1,000) with `KonanPageLimitError`.
   */
  predictions(
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    options?: KonanRequestOptions & KonanPagingOptions,
  ): AsyncIterableIterator<KonanPredictionsPage>;
  evaluate(
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    options?: KonanRequestOptions,
  ): Promise<KonanEvaluation>;

  createDeployment(
    request: KonanDeploymentCreationRequest,
    options?: KonanRequestOptions,
  ): Promise<KonanDeploymentCreationResponse>;
  createProject(
    request: KonanProjectCreationRequest,
    options?: KonanRequestOptions,
  ): Promise<KonanDeployment>;
  listDeployments(
    options?: KonanRequestOptions & { page?: number; pageUrl?: string },
  ): Promise<KonanDeploymentsPage>;
  deleteDeployment(deploymentUuid: string, options?: KonanRequestOptions): Promise<void>;

  createModel(
    deploymentUuid: string,
    request: KonanModelCreationRequest,
    options?: KonanRequestOptions,
  ): Promise<KonanModel>;
  listModels(deploymentUuid: string, options?: KonanRequestOptions): Promise<KonanModel[]>;
  switchModelState(
    request: KonanSwitchModelStateRequest,
    options?: KonanRequestOptions,
  ): Promise<void>;
  deleteModel(modelUuid: string, options?: KonanRequestOptions): Promise<void>;
}
