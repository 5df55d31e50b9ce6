export { computeDrift } from './drift/compute-drift.js';
export type { KonanDriftProgress } from './drift/drift-progress.js';
export { DriftSample } from './drift/drift-sample.js';
export type {
  KonanDriftBin,
  KonanDriftLevel,
  KonanDriftOptions,
  KonanFeatureDrift,
} from './drift/drift-types.js';
export { driftLevel, PSI_EPSILON, populationStabilityIndex } from './drift/psi.js';
export {
  KONAN_DRIFT_MAX_PREDICTIONS,
  type KonanDriftWindowRead,
  type KonanFeatureDriftResult,
  type KonanFeatureDriftWindows,
} from './drift/read-feature-drift.js';
export type {
  KonanInfiniteQueryOptions,
  KonanMutationOptions,
  KonanQueryOptions,
  KonanSuspenseInfiniteQueryOptions,
  KonanSuspenseQueryOptions,
} from './hooks/hook-options.js';
export { useCreateDeployment } from './hooks/use-create-deployment.js';
export { useCreateModel } from './hooks/use-create-model.js';
export { useDeleteDeployment } from './hooks/use-delete-deployment.js';
export { useDeleteModel } from './hooks/use-delete-model.js';
export { useDeployments } from './hooks/use-deployments.js';
export { useEvaluation } from './hooks/use-evaluation.js';
export {
  type KonanEvaluationSeries,
  type KonanEvaluationSeriesPoint,
  type UseEvaluationSeriesOptions,
  useEvaluationSeries,
} from './hooks/use-evaluation-series.js';
export {
  type UseFeatureDriftResult,
  useFeatureDrift,
} from './hooks/use-feature-drift.js';
export { useKonanKeys } from './hooks/use-konan-keys.js';
export { useModels } from './hooks/use-models.js';
export { type UsePredictionOptions, usePrediction } from './hooks/use-prediction.js';
export {
  type KonanPredictionVolume,
  type KonanPredictionVolumeOptions,
  type KonanVolumeBucket,
  usePredictionVolume,
} from './hooks/use-prediction-volume.js';
export { type KonanPredictionsPages, usePredictions } from './hooks/use-predictions.js';
export {
  type KonanFeedbackSubmissions,
  type UseSubmitFeedbacksOptions,
  type UseSubmitFeedbacksResult,
  useSubmitFeedbacks,
} from './hooks/use-submit-feedbacks.js';
export { useSuspenseDeployments } from './hooks/use-suspense-deployments.js';
export { useSuspenseEvaluation } from './hooks/use-suspense-evaluation.js';
export { useSuspenseModels } from './hooks/use-suspense-models.js';
export { useSuspensePredictions } from './hooks/use-suspense-predictions.js';
export {
  type KonanModelSwitch,
  type KonanModelSwitchContext,
  type UseSwitchModelStateOptions,
  useSwitchModelState,
} from './hooks/use-switch-model-state.js';
export { konanDriftQueries } from './query/drift-queries.js';
export {
  type KonanCoverageBasis,
  type KonanEvaluationBucketKey,
  type KonanEvaluationKey,
  type KonanFeatureDriftKey,
  type KonanFeedbackCoverageKey,
  type KonanKeyScope,
  type KonanPredictionCountKey,
  type KonanPredictionsKey,
  type KonanSerializedDriftWindows,
  type KonanSerializedWindow,
  konanKeys,
  serializeTimeWindow,
} from './query/konan-keys.js';
export { konanQueries } from './query/konan-queries.js';
export type { KonanSessionKeys, KonanSessionMutationKeys } from './query/konan-session-keys.js';
export {
  isRelativeTimeWindow,
  relativeTimeWindow,
  resolveTimeWindow,
} from './query/resolve-time-window.js';
export { konanSeriesQueries } from './query/series-queries.js';
export { konanVolumeQueries } from './query/volume-queries.js';
export type { KonanBucket, KonanBucketUnit } from './series/buckets.js';
export type {
  KonanBucketCount,
  KonanCoverageOptions,
  KonanFeedbackCoverage,
} from './series/prediction-volume.js';
export { KonanProvider, type KonanProviderProps } from './session/konan-provider.js';
export type {
  KonanSessionActions,
  KonanSessionStatus,
  KonanSessionStatusValue,
  KonanSessionValue,
} from './session/konan-session-value.js';
export { useKonan } from './session/use-konan.js';
export { useKonanClient } from './session/use-konan-client.js';
export type { KonanTokenStorage } from './storage/konan-token-storage.js';
export { konanMemoryStorage } from './storage/memory-storage.js';
export {
  KONAN_DEFAULT_STORAGE_KEY,
  type KonanWebStorageOptions,
  konanLocalStorage,
  konanSessionStorage,
} from './storage/web-storage.js';
