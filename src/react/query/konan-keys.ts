import type { KonanTimeWindow } from '../../client/types.js';

/** A time window as it appears in a query key: ISO strings, so equal windows hash equally. */
export interface KonanSerialisedWindow {
  start: string;
  end: string;
}

function iso(date: Date): string {
  // An invalid date must not throw while building a key; the client rejects it with a typed error.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}

export function serialiseTimeWindow(window: KonanTimeWindow): KonanSerialisedWindow {
  return { start: iso(window.start), end: iso(window.end) };
}

export type KonanEvaluationKey = readonly [
  'konan',
  'deployment',
  string,
  'evaluation',
  KonanSerialisedWindow,
];
export type KonanPredictionsKey = readonly [
  'konan',
  'deployment',
  string,
  'predictions',
  KonanSerialisedWindow,
];

const all = ['konan'] as const;
const deployment = (deploymentUuid: string) => [...all, 'deployment', deploymentUuid] as const;

function evaluation(deploymentUuid: string): readonly ['konan', 'deployment', string, 'evaluation'];
function evaluation(deploymentUuid: string, window: KonanTimeWindow): KonanEvaluationKey;
function evaluation(deploymentUuid: string, window?: KonanTimeWindow) {
  const prefix = [...deployment(deploymentUuid), 'evaluation'] as const;
  return window ? ([...prefix, serialiseTimeWindow(window)] as const) : prefix;
}

function predictions(
  deploymentUuid: string,
): readonly ['konan', 'deployment', string, 'predictions'];
function predictions(deploymentUuid: string, window: KonanTimeWindow): KonanPredictionsKey;
function predictions(deploymentUuid: string, window?: KonanTimeWindow) {
  const prefix = [...deployment(deploymentUuid), 'predictions'] as const;
  return window ? ([...prefix, serialiseTimeWindow(window)] as const) : prefix;
}

/**
 * Hierarchical query keys of every Konan query. Each key starts with its parents, so
 * `invalidateQueries({ queryKey: konanKeys.deployment(uuid) })` reaches that deployment's models,
 * evaluations and predictions, and `konanKeys.all` reaches everything Konan.
 */
export const konanKeys = {
  all,
  /** The deployments list. */
  deployments: () => [...all, 'deployments'] as const,
  /** Prefix of everything about one deployment. */
  deployment,
  models: (deploymentUuid: string) => [...deployment(deploymentUuid), 'models'] as const,
  /** With a window: one evaluation. Without: the prefix of all of the deployment's evaluations. */
  evaluation,
  /** With a window: one predictions listing. Without: the prefix of all of them. */
  predictions,
};
