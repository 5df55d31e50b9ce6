import type { DeploymentErrorsPanelLabels } from '../deployment-errors-panel/deployment-errors-panel-labels.js';
import {
  type ContainerImageLabels,
  defaultContainerImageLabels,
} from '../shared/container-image-labels.js';
import type { KonanLabelCount } from '../shared/labels.js';
import { defaultModelStateLabels, type ModelStateLabels } from '../shared/model-state.js';

export interface CreateDeploymentFormLabels extends ContainerImageLabels, ModelStateLabels {
  title: string;
  deploymentNameLabel: string;
  deploymentNameHint: string;
  modelNameLabel: string;
  modelNameHint: string;
  submit: string;
  submitPending: string;
  submitPendingHint: string;
  errorTitle: string;
  deploymentNameTaken: string;
  deploymentNameRequired: string;
  deploymentNameTooLong: (max: KonanLabelCount) => string;
  modelNameRequired: string;
  modelNameTooLong: (max: KonanLabelCount) => string;
  // After the response
  /** The badge of a deployment whose live model serves. */
  createdTitle: string;
  /** The badge of a deployment that was created but whose model does not serve. */
  createdNotServing: string;
  uuidLabel: string;
  copyUuid: string;
  copyUuidDone: string;
  copyUuidFailed: string;
  liveModelLabel: string;
  liveModelUnknown: string;
  /** Next to the live model of a deployment whose container did not start. */
  liveModelNotServing: string;
  createdLabel: string;
  createAnother: string;
  /** Passed on to the `DeploymentErrorsPanel` shown after the response. */
  deploymentErrorsPanel: Partial<DeploymentErrorsPanelLabels>;
}

export const defaultCreateDeploymentFormLabels: CreateDeploymentFormLabels = {
  ...defaultContainerImageLabels,
  ...defaultModelStateLabels,
  title: 'Create a deployment',
  deploymentNameLabel: 'Deployment name',
  deploymentNameHint: 'Shown in the deployments list, e.g. "Loan approval".',
  modelNameLabel: 'Model name',
  modelNameHint: 'The first model, which goes live, e.g. "loan-gbm-v1".',
  submit: 'Create deployment',
  submitPending: 'Creating deployment…',
  submitPendingHint:
    'Konan is pulling the image and starting the container. This can take a minute.',
  errorTitle: 'The deployment could not be created',
  deploymentNameTaken: 'A deployment with this name already exists. Choose another name.',
  deploymentNameRequired: 'Enter a name for the deployment.',
  deploymentNameTooLong: (max) => `Use at most ${max.text} characters.`,
  modelNameRequired: 'Enter a name for the model.',
  modelNameTooLong: (max) => `Use at most ${max.text} characters.`,
  createdTitle: 'Created and serving',
  createdNotServing: 'Created, not serving',
  uuidLabel: 'UUID',
  copyUuid: 'Copy the UUID',
  copyUuidDone: 'UUID copied.',
  copyUuidFailed: 'Copying is not available here; select the UUID and copy it.',
  liveModelLabel: 'Live model',
  liveModelUnknown: 'Not reported by this Konan server',
  liveModelNotServing: 'Not serving: its container did not start. See the problems below.',
  createdLabel: 'Created',
  createAnother: 'Create another deployment',
  deploymentErrorsPanel: {},
};
