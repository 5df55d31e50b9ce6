import type { ModelAction } from './model-actions.js';

/** Every text the models panel shows. Functions build the texts that name a model or a value. */
export interface ModelsPanelLabels {
  title: string;
  loading: string;
  loadError: string;
  refreshError: string;
  retry: string;
  signedOut: string;
  empty: string;
  emptyHint: string;
  /** Shown for a model whose name is empty. */
  unnamed: string;
  columnName: string;
  columnState: string;
  columnCreated: string;
  columnActions: string;
  stateLive: string;
  stateChallenger: string;
  stateDisabled: string;
  stateOther: (raw: string) => string;
  updating: string;
  liveRule: string;
  liveRuleNoChallenger: string;
  promote: string;
  makeChallenger: string;
  disable: string;
  delete: string;
  /** Read after the visible action text, so each row's buttons have a distinct name. */
  actionTarget: (modelName: string) => string;
  promoteTitle: (modelName: string) => string;
  promoteDescription: (modelName: string) => string;
  promoteNoLive: string;
  demoteLegend: (liveModelName: string) => string;
  demoteToChallenger: string;
  demoteToChallengerHint: string;
  demoteToDisabled: string;
  demoteToDisabledHint: string;
  promoteConfirm: string;
  deleteTitle: (modelName: string) => string;
  deleteDescription: string;
  deleteConfirm: string;
  cancel: string;
  actionFailed: (action: ModelAction | 'change', modelName: string) => string;
  /** Announced to screen readers when a change is done. */
  actionDone: (action: ModelAction, modelName: string) => string;
  dismiss: string;
  addModel: string;
  addFormTitle: string;
  nameLabel: string;
  imageLabel: string;
  imageHint: string;
  portLabel: string;
  portHint: string;
  privateRegistry: string;
  usernameLabel: string;
  passwordLabel: string;
  submitCreate: string;
  creating: string;
  created: (modelName: string) => string;
  createFailed: string;
  nameRequired: string;
  nameTaken: (modelName: string) => string;
  imageRequired: string;
  imageScheme: string;
  imageSpaces: string;
  imageInvalid: string;
  portInvalid: string;
  usernameRequired: string;
  passwordRequired: string;
}

export const defaultModelsPanelLabels: ModelsPanelLabels = {
  title: 'Models',
  loading: 'Loading models…',
  loadError: 'The models could not be loaded',
  refreshError: 'The models could not be refreshed; showing the last known states.',
  retry: 'Retry',
  signedOut: 'Log in to see the models.',
  empty: 'No models in this deployment',
  emptyHint: 'Add a challenger model to start comparing it with the live one.',
  unnamed: 'Unnamed model',
  columnName: 'Model',
  columnState: 'State',
  columnCreated: 'Created',
  columnActions: 'Actions',
  stateLive: 'Live',
  stateChallenger: 'Challenger',
  stateDisabled: 'Disabled',
  stateOther: (raw) => `Other: ${raw}`,
  updating: 'Updating…',
  liveRule: 'Answers predictions. To retire the live model, promote a challenger.',
  liveRuleNoChallenger:
    'Answers predictions. To retire the live model, add a challenger and promote it.',
  promote: 'Promote to live',
  makeChallenger: 'Make challenger',
  disable: 'Disable',
  delete: 'Delete',
  actionTarget: (name) => `: ${name}`,
  promoteTitle: (name) => `Promote “${name}” to live?`,
  promoteDescription: (name) => `“${name}” will answer every prediction of this deployment.`,
  promoteNoLive: 'The deployment has no live model right now.',
  demoteLegend: (name) => `Then move the current live model, “${name}”, to`,
  demoteToChallenger: 'Challenger',
  demoteToChallengerHint: 'Keeps running next to the live model and can be promoted back.',
  demoteToDisabled: 'Disabled',
  demoteToDisabledHint: 'Stops running until it is made a challenger again.',
  promoteConfirm: 'Promote to live',
  deleteTitle: (name) => `Delete “${name}”?`,
  deleteDescription: 'The model and its container are removed. This cannot be undone.',
  deleteConfirm: 'Delete model',
  cancel: 'Cancel',
  actionFailed: (action, name) => {
    const what: Record<ModelAction | 'change', string> = {
      promote: `“${name}” was not promoted`,
      'make-challenger': `“${name}” was not made a challenger`,
      disable: `“${name}” was not disabled`,
      delete: `“${name}” was not deleted`,
      change: 'The change was not made',
    };
    return `${what[action]}. The models are shown as they were.`;
  },
  actionDone: (action, name) =>
    ({
      promote: `“${name}” is live.`,
      'make-challenger': `“${name}” is a challenger.`,
      disable: `“${name}” is disabled.`,
      delete: `“${name}” was deleted.`,
    })[action],
  dismiss: 'Dismiss',
  addModel: 'Add challenger model',
  addFormTitle: 'New challenger model',
  nameLabel: 'Model name',
  imageLabel: 'Image URL',
  imageHint: 'A Docker image reference, e.g. registry.example.com/team/model:1.0',
  portLabel: 'Exposed port',
  portHint: 'The port the model’s server listens on (Konan’s templates use 8000).',
  privateRegistry: 'The image is in a private registry',
  usernameLabel: 'Registry username',
  passwordLabel: 'Registry password',
  submitCreate: 'Add model',
  creating: 'Adding model…',
  created: (name) => `“${name}” was added as a challenger.`,
  createFailed: 'The model was not added',
  nameRequired: 'Enter a name for the model.',
  nameTaken: (name) => `This deployment already has a model named “${name}”.`,
  imageRequired: 'Enter the image URL.',
  imageScheme: 'Leave out the scheme (https://): e.g. registry.example.com/team/model:1.0',
  imageSpaces: 'An image URL cannot contain spaces.',
  imageInvalid:
    'This is not an image reference: expected registry/name:tag, e.g. registry.example.com/team/model:1.0',
  portInvalid: 'Enter a whole number from 1 to 65535.',
  usernameRequired: 'Enter the registry username, or untick the private registry box.',
  passwordRequired: 'Enter the registry password, or untick the private registry box.',
};
