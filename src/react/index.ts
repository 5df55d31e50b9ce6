export { useCreateDeployment } from './hooks/use-create-deployment';
export { useCreateModel } from './hooks/use-create-model';
export { useDeleteDeployment } from './hooks/use-delete-deployment';
export { useDeleteModel } from './hooks/use-delete-model';
export { useDeployments } from './hooks/use-deployments';
export { useEvaluation } from './hooks/use-evaluation';
export { useModels } from './hooks/use-models';
export { usePrediction } from './hooks/use-prediction';
export { usePredictions } from './hooks/use-predictions';
export {
  type KonanFeedbackSubmissions,
  type UseSubmitFeedbacksOptions,
  type UseSubmitFeedbacksResult,
  useSubmitFeedbacks,
} from './hooks/use-submit-feedbacks';
export { useSuspenseDeployments } from './hooks/use-suspense-deployments';
export { useSuspenseEvaluation } from './hooks/use-suspense-evaluation';
export { useSuspenseModels } from './hooks/use-suspense-models';
export { useSuspensePredictions } from './hooks/use-suspense-predictions';
export {
  type KonanModelSwitch,
  type KonanModelSwitchContext,
  useSwitchModelState,
} from './hooks/use-switch-model-state';
export {
  type KonanEvaluationKey,
  type KonanPredictionsKey,
  type KonanSerialisedWindow,
  konanKeys,
  serialiseTimeWindow,
} from './query/konan-keys';
export { konanQueries } from './query/konan-queries';
export { KonanProvider, type KonanProviderProps } from './session/konan-provider';
export type {
  KonanSessionActions,
  KonanSessionStatus,
  KonanSessionStatusValue,
  KonanSessionValue,
} from './session/konan-session-value';
export { useKonan } from './session/use-konan';
export { useKonanClient } from './session/use-konan-client';
export type { KonanTokenStorage } from './storage/konan-token-storage';
export { konanMemoryStorage } from './storage/memory-storage';
export {
  KONAN_DEFAULT_STORAGE_KEY,
  type KonanWebStorageOptions,
  konanLocalStorage,
  konanSessionStorage,
} from './storage/web-storage';
