import {
  type ContainerImageLabels,
  defaultContainerImageLabels,
} from '../shared/container-image-labels.js';
import type { RefreshedListStateLabels } from '../shared/list-state-labels.js';
import { defaultModelStateLabels, type ModelStateLabels } from '../shared/model-state.js';
import type { ModelAction } from './model-actions.js';

/** Every text the models panel shows. Functions build the texts that name a model or a value. */
export interface ModelsPanelLabels
  extends ContainerImageLabels,
    ModelStateLabels,
    RefreshedListStateLabels {
  title: string;
  /** Above the models when none is live: the deployment answers no prediction. */
  notServingTitle: string;
  /** What to do when there are models but none is live. */
  notServingPromoteHint: string;
  /** What to do when the deployment has no model at all. */
  notServingEmptyHint: string;
  /** Above the models when the live model is known not to serve (its container did not start). */
  liveNotServingTitle: string;
  liveNotServingHint: string;
  /** In the live model's row when it is known not to serve. */
  liveRuleNotServing: string;
  /** Under a table wider than the screen: the actions are further along. */
  scrollHint: string;
  /** Names the scrolling region that holds the table. */
  scrollRegion: string;
  /** Shown for a model whose name is empty. */
  unnamed: string;
  columnName: string;
  columnState: string;
  columnCreated: string;
  columnActions: string;
  /** Next to a model's state while a change to it is under way. */
  changePending: string;
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
  /** The button that opens the add-model form. */
  addModel: string;
  addModelTitle: string;
  modelNameLabel: string;
  /** The add-model form's submit button. */
  submit: string;
  addModelPending: string;
  /** Announced to screen readers when the model is added. */
  addModelDone: (modelName: string) => string;
  addModelFailed: string;
  modelNameRequired: string;
  modelNameTaken: (modelName: string) => string;
}

export const defaultModelsPanelLabels: ModelsPanelLabels = {
  ...defaultContainerImageLabels,
  ...defaultModelStateLabels,
  title: 'Models',
  loading: 'Loading models…',
  errorTitle: 'The models could not be loaded',
  refreshErrorTitle: 'The models could not be refreshed; showing the last known states.',
  retry: 'Retry',
  signedOutTitle: 'Log in to see the models.',
  emptyTitle: 'No models in this deployment',
  emptyHint: 'Add a model, then promote it to live so this deployment can answer predictions.',
  notServingTitle: 'Not serving: this deployment has no live model',
  notServingPromoteHint:
    'Predictions are refused until a model is live. Promote one of the models below to live, add a new one, or delete the deployment.',
  notServingEmptyHint:
    'Predictions are refused until a model is live. Add a model and promote it to live, or delete the deployment.',
  liveNotServingTitle: 'Not serving: the live model’s container did not start',
  liveNotServingHint:
    'Predictions are refused. Add a working model and promote it to live, or delete the deployment.',
  liveRuleNotServing:
    'Does not answer predictions: its container did not start. Promote a working challenger.',
  scrollHint: 'Scroll sideways to see every column, including the actions.',
  scrollRegion: 'Models table',
  unnamed: 'Unnamed model',
  columnName: 'Model',
  columnState: 'State',
  columnCreated: 'Created',
  columnActions: 'Actions',
  changePending: 'Updating…',
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
  addModelTitle: 'New challenger model',
  modelNameLabel: 'Model name',
  submit: 'Add model',
  addModelPending: 'Adding model…',
  addModelDone: (name) => `“${name}” was added as a challenger.`,
  addModelFailed: 'The model was not added',
  modelNameRequired: 'Enter a name for the model.',
  modelNameTaken: (name) => `This deployment already has a model named “${name}”.`,
};
