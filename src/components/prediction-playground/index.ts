export {
  ConnectedPredictionPlayground,
  type ConnectedPredictionPlaygroundProps,
} from './connected-prediction-playground.js';
export { feedbackStatusOf, type PlaygroundFeedbackStatus } from './feedback-status.js';
export {
  type FeedbackTarget,
  type FeedbackTargetProblem,
  type FeedbackTargetResult,
  parseFeedbackTarget,
} from './feedback-target.js';
export {
  type JsonExpectation,
  type JsonInputProblem,
  type JsonInputResult,
  type JsonSyntaxProblem,
  parseJsonInput,
  positionOf,
} from './json-input.js';
export { PredictionPlayground, type PredictionPlaygroundProps } from './prediction-playground.js';
export {
  defaultPredictionPlaygroundLabels,
  type PredictionPlaygroundLabels,
} from './prediction-playground-labels.js';
