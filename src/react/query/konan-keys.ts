import type { KonanCore, KonanSessionState } from '../../client/client-interface.js';
import type {
  KonanTimeWindow,
  KonanTimeWindowInput,
  KonanTimeWindowLength,
} from '../../client/data-types.js';
import { isRelativeTimeWindow } from './resolve-time-window.js';

/**
 * A time window as it appears in a query key: a fixed one as ISO strings, so equal windows hash
 * equally; a relative one as its description (`{ last: { days: 7 } }`), so its key stays the same
 * while the clock moves and every refetch asks for the window ending at that moment.
 */
export type KonanSerializedWindow =
  | { start: string; end: string }
  | { last: KonanTimeWindowLength };

function iso(date: Date): string {
  // An invalid date must not throw while building a key; the client rejects it with a typed error.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

function lengthKey(length: KonanTimeWindowLength): KonanTimeWindowLength {
  // Only the parts given, so `{ days: 7 }` and `{ days: 7, hours: undefined }` share a key.
  return {
    ...(length.days !== undefined && { days: length.days }),
    ...(length.hours !== undefined && { hours: length.hours }),
    ...(length.minutes !== undefined && { minutes: length.minutes }),
  };
}

export function serializeTimeWindow(timeWindow: KonanTimeWindowInput): KonanSerializedWindow {
  if (isRelativeTimeWindow(timeWindow)) return { last: lengthKey(timeWindow.last) };
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
/** One bucket of an evaluation series: under the evaluation prefix, so feedback refreshes it. */
export type KonanEvaluationBucketKey = readonly [
  ...DeploymentKey,
  'evaluation',
  'bucket',
  KonanSerializedWindow,
];
export type KonanPredictionsKey = readonly [...DeploymentKey, 'predictions', KonanSerializedWindow];

/** The windows of a drift reading as they appear in its key. */
export interface KonanSerializedDriftWindows {
  current: KonanSerializedWindow;
  reference: KonanSerializedWindow;
  maxPredictions: number;
}
export type KonanFeatureDriftKey = readonly [
  ...DeploymentKey,
  'featureDrift',
  KonanSerializedDriftWindows,
];
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

/**
 * A deployment's key under `name` (`evaluation`, `predictions`): with a time window, the key of
 * that window's data; without one, the prefix of all of them.
 */
interface WindowedKey<Name extends string> {
  (scope: KonanKeyScope, deploymentUuid: string): readonly [...DeploymentKey, Name];
  (
    scope: KonanKeyScope,
    deploymentUuid: string,
    timeWindow: KonanTimeWindowInput,
  ): readonly [...DeploymentKey, Name, KonanSerializedWindow];
}

function windowedKey<Name extends string>(name: Name): WindowedKey<Name> {
  return ((scope: KonanKeyScope, deploymentUuid: string, timeWindow?: KonanTimeWindowInput) => {
    const prefix = [...deployment(scope, deploymentUuid), name] as const;
    return timeWindow ? ([...prefix, serializeTimeWindow(timeWindow)] as const) : prefix;
  }) as WindowedKey<Name>;
}

const evaluation = windowedKey('evaluation');
const predictions = windowedKey('predictions');

/**
 * One bucket of `useEvaluationSeries`. Buckets are aligned (whole days or hours), so moving the
 * window keeps the keys of the buckets it still covers.
 */
function evaluationBucket(
  scope: KonanKeyScope,
  deploymentUuid: string,
  bucket: KonanTimeWindow,
): KonanEvaluationBucketKey {
  return [
    ...deployment(scope, deploymentUuid),
    'evaluation',
    'bucket',
    serializeTimeWindow(bucket),
  ] as const;
}

function featureDrift(
  scope: KonanKeyScope,
  deploymentUuid: string,
): readonly [...DeploymentKey, 'featureDrift'];
function featureDrift(
  scope: KonanKeyScope,
  deploymentUuid: string,
  windows: { current: KonanTimeWindow; reference: KonanTimeWindow; maxPredictions: number },
): KonanFeatureDriftKey;
function featureDrift(
  scope: KonanKeyScope,
  deploymentUuid: string,
  windows?: { current: KonanTimeWindow; reference: KonanTimeWindow; maxPredictions: number },
) {
  const prefix = [...deployment(scope, deploymentUuid), 'featureDrift'] as const;
  if (!windows) return prefix;
  return [
    ...prefix,
    {
      current: serializeTimeWindow(windows.current),
      reference: serializeTimeWindow(windows.reference),
      maxPredictions: windows.maxPredictions,
    },
  ] as const;
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
  /** One bucket of an evaluation series (`useEvaluationSeries`). */
  evaluationBucket,
  /** With a time window: one predictions listing. Without: the prefix of all of them. */
  predictions,
  /** With windows: one drift reading (`useFeatureDrift`). Without: the prefix of all of them. */
  featureDrift,
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
