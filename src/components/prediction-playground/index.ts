export {
  ConnectedPredictionPlayground,
  type ConnectedPredictionPlaygroundProps,
} from './connected-prediction-playground';
export { feedbackStatusOf, type PlaygroundFeedbackStatus } from './feedback-status';
export {
  type FeedbackTarget,
  type FeedbackTargetProblem,
  type FeedbackTargetResult,
  parseFeedbackTarget,
} from './feedback-target';
export {
  type JsonExpectation,
  type JsonInputProblem,
  type JsonInputResult,
  type JsonSyntaxProblem,
  parseJsonInput,
  positionOf,
} from './json-input';
export { PredictionPlayground, type PredictionPlaygroundProps } from './prediction-playground';
export {
  defaultPredictionPlaygroundLabels,
  type PredictionPlaygroundLabels,
} from './prediction-playground-labels';
