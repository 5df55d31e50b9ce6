import type { KonanTimeWindow } from '../../client/data-types.js';
import {
  type KonanEvaluationKey,
  type KonanKeyScope,
  type KonanPredictionsKey,
  konanKeys,
} from './konan-keys.js';

/** `konanKeys` with one session's scope filled in, as `useKonanKeys()` returns them. */
export interface KonanSessionKeys {
  readonly scope: KonanKeyScope;
  /** Prefix of everything this session has cached. */
  session(): ReturnType<typeof konanKeys.session>;
  deployments(): ReturnType<typeof konanKeys.deployments>;
  deployment(deploymentUuid: string): ReturnType<typeof konanKeys.deployment>;
  models(deploymentUuid: string): ReturnType<typeof konanKeys.models>;
  evaluation(deploymentUuid: string): ReturnType<typeof konanKeys.evaluation>;
  evaluation(deploymentUuid: string, timeWindow: KonanTimeWindow): KonanEvaluationKey;
  predictions(deploymentUuid: string): ReturnType<typeof konanKeys.predictions>;
  predictions(deploymentUuid: string, timeWindow: KonanTimeWindow): KonanPredictionsKey;
  /** The mutation hooks' keys, for `useIsMutating` and `useMutationState`. */
  readonly mutations: KonanSessionMutationKeys;
}

type MutationKeys = typeof konanKeys.mutations;

/** `konanKeys.mutations` with one session's scope filled in. */
export type KonanSessionMutationKeys = {
  readonly [K in keyof MutationKeys]: MutationKeys[K] extends (
    scope: KonanKeyScope,
    ...rest: infer A
  ) => infer R
    ? (...args: A) => R
    : never;
};

export function konanSessionKeys(scope: KonanKeyScope): KonanSessionKeys {
  return {
    scope,
    session: () => konanKeys.session(scope),
    deployments: () => konanKeys.deployments(scope),
    deployment: (uuid: string) => konanKeys.deployment(scope, uuid),
    models: (uuid: string) => konanKeys.models(scope, uuid),
    evaluation: ((uuid: string, timeWindow?: KonanTimeWindow) =>
      timeWindow
        ? konanKeys.evaluation(scope, uuid, timeWindow)
        : konanKeys.evaluation(scope, uuid)) as KonanSessionKeys['evaluation'],
    predictions: ((uuid: string, timeWindow?: KonanTimeWindow) =>
      timeWindow
        ? konanKeys.predictions(scope, uuid, timeWindow)
        : konanKeys.predictions(scope, uuid)) as KonanSessionKeys['predictions'],
    mutations: {
      createDeployment: () => konanKeys.mutations.createDeployment(scope),
      deleteDeployment: () => konanKeys.mutations.deleteDeployment(scope),
      predict: (uuid: string) => konanKeys.mutations.predict(scope, uuid),
      submitFeedbacks: (uuid: string) => konanKeys.mutations.submitFeedbacks(scope, uuid),
      createModel: (uuid: string) => konanKeys.mutations.createModel(scope, uuid),
      deleteModel: (uuid: string) => konanKeys.mutations.deleteModel(scope, uuid),
      switchModelState: (uuid: string) => konanKeys.mutations.switchModelState(scope, uuid),
    },
  };
}
