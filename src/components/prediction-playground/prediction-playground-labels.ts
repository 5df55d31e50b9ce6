import type { KonanLabelCount } from '../shared/labels.js';
import type { JsonExpectation } from './json-input.js';

export interface PredictionPlaygroundLabels {
  title: string;
  deploymentLabel: string;
  deploymentsLoading: string;
  connecting: string;
  deploymentsErrorTitle: string;
  retry: string;
  deploymentsEmptyTitle: string;
  deploymentsEmptyHint: string;
  deploymentPlaceholder: string;
  deploymentRequired: string;
  inputLabel: string;
  inputHint: string;
  predict: string;
  formatJson: string;
  predictPending: string;
  predictDone: string;
  errorTitle: string;
  /**
   * Nothing was typed. `example` is a short input the deployment took (from its latest
   * prediction, in bidi isolates), or `undefined` when none is known.
   */
  inputRequired: (example?: string) => string;
  /** A JSON syntax error: where, what was expected, what was found (undefined at the end). */
  syntaxError: (
    line: KonanLabelCount,
    column: KonanLabelCount,
    expected: string,
    found: string | undefined,
  ) => string;
  expectations: Record<JsonExpectation, string>;
  outputTitle: string;
  predictionUuid: string;
  copyUuid: string;
  copyDone: string;
  copyFailed: string;
  feedbackTitle: string;
  targetLabel: string;
  targetHint: string;
  sendFeedback: string;
  sendFeedbackPending: string;
  targetRequired: string;
  targetNotObjectOrText: string;
  accepted: string;
  rejected: string;
  notSent: string;
  acceptedMessage: string;
  retryFeedback: string;
  feedbackErrorTitle: string;
  signedOutTitle: string;
}

export const defaultPredictionPlaygroundLabels: PredictionPlaygroundLabels = {
  title: 'Prediction playground',
  deploymentLabel: 'Deployment',
  deploymentsLoading: 'Loading deployments…',
  connecting: 'Connecting to Konan…',
  deploymentsErrorTitle: 'The deployments could not be loaded',
  retry: 'Try again',
  deploymentsEmptyTitle: 'No deployments yet',
  deploymentsEmptyHint:
    'Create a deployment first; its live model answers the predictions made here.',
  deploymentPlaceholder: 'Choose a deployment',
  deploymentRequired: 'Choose the deployment whose live model should answer.',
  inputLabel: 'Model input (JSON)',
  inputHint: 'Any JSON value the model accepts. Press Ctrl+Enter (⌘+Enter on a Mac) to predict.',
  predict: 'Predict',
  formatJson: 'Format JSON',
  predictPending: 'Asking the live model…',
  predictDone: 'The model answered.',
  errorTitle: 'The prediction failed',
  inputRequired: (example) =>
    example === undefined
      ? "Enter the model's input as JSON."
      : `Enter the model's input as JSON, for example ${example}.`,
  syntaxError: (line, column, expected, found) =>
    `Not valid JSON at line ${line.text}, column ${column.text}: expected ${expected}, found ${
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
  outputTitle: 'Output',
  predictionUuid: 'Prediction UUID',
  copyUuid: 'Copy UUID',
  copyDone: 'Copied.',
  copyFailed: 'Could not copy: select the UUID and copy it by hand.',
  feedbackTitle: 'Give feedback',
  targetLabel: 'True value (target)',
  targetHint:
    'What the model should have answered: JSON shaped like the output, or plain text such as approved.',
  sendFeedback: 'Send feedback',
  sendFeedbackPending: 'Sending feedback…',
  targetRequired: 'Enter the true value.',
  targetNotObjectOrText: 'The target must be a JSON object (shaped like the output) or text.',
  accepted: 'Accepted',
  rejected: 'Rejected',
  notSent: 'Not sent',
  acceptedMessage: 'Feedback recorded.',
  retryFeedback: 'Send again',
  feedbackErrorTitle: 'The feedback could not be sent',
  signedOutTitle: 'Log in to make predictions.',
};
