import type { KonanCore, KonanSessionState } from '../../client/client-interface.js';
import type { KonanTimeWindow } from '../../client/data-types.js';

/** A time window as it appears in a query key: ISO strings, so equal windows hash equally. */
export interface KonanSerializedWindow {
  start: string;
  end: string;
}

function iso(date: Date): string {
  // An invalid date must not throw while building a key; the client rejects it with a typed error.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

export function serializeTimeWindow(timeWindow: KonanTimeWindow): KonanSerializedWindow {
  return { start: iso(timeWindow.start), end: iso(timeWindow.end) };
}

/**
 * Whose data a query holds: the Konan API server and the logged-in user (their email, `null`
 * while nobody is). Every key but `konanKeys.all` carries one, so providers for two servers or
 * two accounts can share one QueryClient without seeing each other's data.
 */
export interface KonanKeyScope {
  readonly api: string;
  readonly user: string | null;
}

/** The API URL without a trailing slash: `https://api.konan.ai`, `https://konan.example.com/v2`. */
function apiOf(apiUrl: string): string {
  try {
    const url = new URL(apiUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return apiUrl;
  }
}

/** The scope of `client`'s session as it stands (or as `state` describes it). */
function scopeOf(
  client: Pick<KonanCore, 'apiUrl' | 'session'>,
  state: KonanSessionState = client.session.getState(),
): KonanKeyScope {
  return {
    api: apiOf(client.apiUrl),
    user: state.status === 'authenticated' ? state.user.email : null,
  };
}

type Scoped = readonly ['konan', KonanKeyScope];
type DeploymentKey = readonly [...Scoped, 'deployment', string];

export type KonanEvaluationKey = readonly [...DeploymentKey, 'evaluation', KonanSerializedWindow];
export type KonanPredictionsKey = readonly [...DeploymentKey, 'predictions', KonanSerializedWindow];

/** One bucket's count of predictions (the first page's `count`), under its listing's key. */
export type KonanPredictionCountKey = readonly [...KonanPredictionsKey, 'count'];
/** What a bucket's feedback coverage rests on: its count (a new count recomputes it) and the thresholds. */
export interface KonanCoverageBasis {
  count: number;
  exactUpTo: number;
  samplePages: number;
}
export type KonanFeedbackCoverageKey = readonly [
  ...KonanPredictionsKey,
  'coverage',
  KonanCoverageBasis,
];

const all = ['konan'] as const;
const session = (scope: KonanKeyScope): Scoped => [...all, scope];
const deployment = (scope: KonanKeyScope, deploymentUuid: string): DeploymentKey => [
  ...session(scope),
  'deployment',
  deploymentUuid,
];

function evaluation(
  scope: KonanKeyScope,
  deploymentUuid: string,
): readonly [...DeploymentKey, 'evaluation'];
function evaluation(
  scope: KonanKeyScope,
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
): KonanEvaluationKey;
function evaluation(scope: KonanKeyScope, deploymentUuid: string, timeWindow?: KonanTimeWindow) {
  const prefix = [...deployment(scope, deploymentUuid), 'evaluation'] as const;
  return timeWindow ? ([...prefix, serializeTimeWindow(timeWindow)] as const) : prefix;
}

function predictions(
  scope: KonanKeyScope,
  deploymentUuid: string,
): readonly [...DeploymentKey, 'predictions'];
function predictions(
  scope: KonanKeyScope,
  deploymentUuid: string,
  timeWindow: KonanTimeWindow,
): KonanPredictionsKey;
function predictions(scope: KonanKeyScope, deploymentUuid: string, timeWindow?: KonanTimeWindow) {
  const prefix = [...deployment(scope, deploymentUuid), 'predictions'] as const;
  return timeWindow ? ([...prefix, serializeTimeWindow(timeWindow)] as const) : prefix;
}

/**
 * Mutation keys, scoped like the query keys, for `useIsMutating`, `useMutationState` and
 * `queryClient.setMutationDefaults`. A deployment's mutations start with `konanKeys.deployment`,
 * so `useIsMutating({ mutationKey: konanKeys.deployment(scope, uuid) })` counts them all.
 */
const mutations = {
  createDeployment: (scope: KonanKeyScope) => [...session(scope), 'createDeployment'] as const,
  /** The deployment's uuid is the mutation's variables, not part of the key. */
  deleteDeployment: (scope: KonanKeyScope) => [...session(scope), 'deleteDeployment'] as const,
  predict: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'predict'] as const,
  submitFeedbacks: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'submitFeedbacks'] as const,
  createModel: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'createModel'] as const,
  deleteModel: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'deleteModel'] as const,
  switchModelState: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'switchModelState'] as const,
};

/**
 * Hierarchical query keys of every Konan query: `['konan', scope, ...]`, where the scope says
 * which server and user the data belongs to. Each key starts with its parents, so
 * `invalidateQueries({ queryKey: konanKeys.deployment(scope, uuid) })` reaches that deployment's
 * models, evaluations and predictions, `konanKeys.session(scope)` everything of one session and
 * `konanKeys.all` everything Konan, in every session. Inside a provider, `useKonanKeys()` gives
 * the same keys with the session's scope filled in; elsewhere `konanKeys.scopeOf(client)`.
 * `konanKeys.mutations` holds the mutation hooks' keys.
 */
export const konanKeys = {
  all,
  /** The scope of a client's current session: its API URL and the logged-in user's email. */
  scopeOf,
  /** Prefix of everything one session (server and user) has cached. */
  session,
  /** The deployments list. */
  deployments: (scope: KonanKeyScope) => [...session(scope), 'deployments'] as const,
  /** Prefix of everything about one deployment. */
  deployment,
  models: (scope: KonanKeyScope, deploymentUuid: string) =>
    [...deployment(scope, deploymentUuid), 'models'] as const,
  /** With a time window: one evaluation. Without: the prefix of all of the deployment's evaluations. */
  evaluation,
  /** With a time window: one predictions listing. Without: the prefix of all of them. */
  predictions,
  /**
   * One bucket of `usePredictionVolume`: the count of predictions in `timeWindow` (one request).
   * Under the listing's key, so invalidating a deployment's predictions refreshes the volume too.
   */
  predictionCount: (
    scope: KonanKeyScope,
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
  ): KonanPredictionCountKey => [...predictions(scope, deploymentUuid, timeWindow), 'count'],
  /** One bucket's feedback coverage (exact or estimated, see `usePredictionVolume`). */
  feedbackCoverage: (
    scope: KonanKeyScope,
    deploymentUuid: string,
    timeWindow: KonanTimeWindow,
    basis: KonanCoverageBasis,
  ): KonanFeedbackCoverageKey => [
    ...predictions(scope, deploymentUuid, timeWindow),
    'coverage',
    basis,
  ],
  /** The mutation keys of the mutation hooks. */
  mutations,
};
