import type { KonanCore, KonanSessionState } from '../../client/client-types.js';
import type { KonanTimeWindow } from '../../client/types.js';

/** A time window as it appears in a query key: ISO strings, so equal windows hash equally. */
export interface KonanSerializedWindow {
  start: string;
  end: string;
}

function iso(date: Date): string {
  // An invalid date must not throw while building a key; the client rejects it with a typed error.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

export function serializeTimeWindow(window: KonanTimeWindow): KonanSerializedWindow {
  return { start: iso(window.start), end: iso(window.end) };
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
  window: KonanTimeWindow,
): KonanEvaluationKey;
function evaluation(scope: KonanKeyScope, deploymentUuid: string, window?: KonanTimeWindow) {
  const prefix = [...deployment(scope, deploymentUuid), 'evaluation'] as const;
  return window ? ([...prefix, serializeTimeWindow(window)] as const) : prefix;
}

function predictions(
  scope: KonanKeyScope,
  deploymentUuid: string,
): readonly [...DeploymentKey, 'predictions'];
function predictions(
  scope: KonanKeyScope,
  deploymentUuid: string,
  window: KonanTimeWindow,
): KonanPredictionsKey;
function predictions(scope: KonanKeyScope, deploymentUuid: string, window?: KonanTimeWindow) {
  const prefix = [...deployment(scope, deploymentUuid), 'predictions'] as const;
  return window ? ([...prefix, serializeTimeWindow(window)] as const) : prefix;
}

/**
 * Hierarchical query keys of every Konan query: `['konan', scope, ...]`, where the scope says
 * which server and user the data belongs to. Each key starts with its parents, so
 * `invalidateQueries({ queryKey: konanKeys.deployment(scope, uuid) })` reaches that deployment's
 * models, evaluations and predictions, `konanKeys.session(scope)` everything of one session and
 * `konanKeys.all` everything Konan, in every session. Inside a provider, `useKonanKeys()` gives
 * the same keys with the session's scope filled in; elsewhere `konanKeys.scopeOf(client)`.
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
  /** With a window: one evaluation. Without: the prefix of all of the deployment's evaluations. */
  evaluation,
  /** With a window: one predictions listing. Without: the prefix of all of them. */
  predictions,
};
