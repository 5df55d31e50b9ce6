import type { KonanTimeWindow } from '../../client/types.js';
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
  evaluation(deploymentUuid: string, window: KonanTimeWindow): KonanEvaluationKey;
  predictions(deploymentUuid: string): ReturnType<typeof konanKeys.predictions>;
  predictions(deploymentUuid: string, window: KonanTimeWindow): KonanPredictionsKey;
}

export function konanSessionKeys(scope: KonanKeyScope): KonanSessionKeys {
  return {
    scope,
    session: () => konanKeys.session(scope),
    deployments: () => konanKeys.deployments(scope),
    deployment: (uuid: string) => konanKeys.deployment(scope, uuid),
    models: (uuid: string) => konanKeys.models(scope, uuid),
    evaluation: ((uuid: string, window?: KonanTimeWindow) =>
      window
        ? konanKeys.evaluation(scope, uuid, window)
        : konanKeys.evaluation(scope, uuid)) as KonanSessionKeys['evaluation'],
    predictions: ((uuid: string, window?: KonanTimeWindow) =>
      window
        ? konanKeys.predictions(scope, uuid, window)
        : konanKeys.predictions(scope, uuid)) as KonanSessionKeys['predictions'],
  };
}
