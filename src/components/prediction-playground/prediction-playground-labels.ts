import type { JsonExpectation } from './json-input.js';

export interface PredictionPlaygroundLabels {
  title: string;
  deployment: string;
  deploymentsLoading: string;
  connecting: string;
  deploymentsErrorTitle: string;
  retry: string;
  noDeploymentsTitle: string;
  noDeploymentsHint: string;
  chooseDeployment: string;
  deploymentRequired: string;
  input: string;
  inputHint: string;
  predict: string;
  format: string;
  pending: string;
  received: string;
  errorTitle: string;
  emptyInput: string;
  /** A JSON syntax error: where, what was expected, what was found (undefined at the end). */
  syntaxError: (
    line: number,
    column: number,
    expected: string,
    found: string | undefined,
  ) => string;
  expectations: Record<JsonExpectation, string>;
  output: string;
  predictionUuid: string;
  copyUuid: string;
  copied: string;
  copyFailed: string;
  feedbackTitle: string;
  target: string;
  targetHint: string;
  sendFeedback: string;
  feedbackPending: string;
  emptyTarget: string;
  targetNotObjectOrText: string;
  accepted: string;
  rejected: string;
  notSent: string;
  acceptedMessage: string;
  retryFeedback: string;
  feedbackErrorTitle: string;
  signedOut: string;
}

export const defaultPredictionPlaygroundLabels: PredictionPlaygroundLabels = {
  title: 'Prediction playground',
  deployment: 'Deployment',
  deploymentsLoading: 'Loading deployments…',
  connecting: 'Connecting to Konan…',
  deploymentsErrorTitle: 'The deployments could not be loaded',
  retry: 'Try again',
  noDeploymentsTitle: 'No deployments yet',
  noDeploymentsHint: 'Create a deployment first; its live model answers the predictions made here.',
  chooseDeployment: 'Choose a deployment',
  deploymentRequired: 'Choose the deployment whose live model should answer.',
  input: 'Model input (JSON)',
  inputHint: 'Any JSON value the model accepts. Press Ctrl+Enter (⌘+Enter on a Mac) to predict.',
  predict: 'Predict',
  format: 'Format JSON',
  pending: 'Asking the live model…',
  received: 'The model answered.',
  errorTitle: 'The prediction failed',
  emptyInput: 'Enter the model\'s input as JSON, for example {"income": 52000}.',
  syntaxError: (line, column, expected, found) =>
    `Not valid JSON at line ${line}, column ${column}: expected ${expected}, found ${
      found === undefined ? 'the end of the input' : found === '\n' ? 'a line break' : `“${found}”`
    }. Nothing was sent.`,
  expectations: {
    value: 'a value (object, array, string in double quotes, number, true, false or null)',
    'property-name': 'a property name in double quotes',
    colon: '“:” after the property name',
    'comma-or-object-end': '“,” or “}”',
    'comma-or-array-end': '“,” or “]”',
    'string-end': 'the closing double quote of the string',
    escape: 'a valid escape such as \\n, \\" or \\u00e9',
    digit: 'a digit',
    end: 'the end of the input',
  },
  output: 'Output',
  predictionUuid: 'Prediction UUID',
  copyUuid: 'Copy UUID',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the UUID and copy it by hand.',
  feedbackTitle: 'Give feedback',
  target: 'True value (target)',
  targetHint:
    'What the model should have answered: JSON shaped like the output, or plain text such as approved.',
  sendFeedback: 'Send feedback',
  feedbackPending: 'Sending feedback…',
  emptyTarget: 'Enter the true value.',
  targetNotObjectOrText: 'The target must be a JSON object (shaped like the output) or text.',
  accepted: 'Accepted',
  rejected: 'Rejected',
  notSent: 'Not sent',
  acceptedMessage: 'Feedback recorded.',
  retryFeedback: 'Send again',
  feedbackErrorTitle: 'The feedback could not be sent',
  signedOut: 'Log in to make predictions.',
};
