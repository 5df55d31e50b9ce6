import type { DeploymentErrorsPanelLabels } from '../deployment-errors-panel/deployment-errors-panel-labels.js';

export interface CreateDeploymentFormLabels {
  title: string;
  deploymentName: string;
  deploymentNameHint: string;
  modelName: string;
  modelNameHint: string;
  imageUrl: string;
  imageUrlHint: string;
  exposedPort: string;
  exposedPortHint: string;
  privateRegistry: string;
  privateRegistryHint: string;
  registryUsername: string;
  registryPassword: string;
  submit: string;
  pending: string;
  pendingHint: string;
  errorTitle: string;
  nameTaken: string;
  deploymentNameRequired: string;
  modelNameRequired: string;
  nameTooLong: (max: number) => string;
  imageUrlRequired: string;
  imageUrlScheme: string;
  imageUrlInvalid: string;
  exposedPortInvalid: string;
  registryUsernameRequired: string;
  registryPasswordRequired: string;
  // After the response
  createdTitle: string;
  uuid: string;
  copyUuid: string;
  uuidCopied: string;
  uuidCopyFailed: string;
  liveModel: string;
  noLiveModel: string;
  /** Next to the live model of a deployment whose container did not start. */
  modelNotServing: string;
  createdAt: string;
  modelState: (state: string) => string;
  createAnother: string;
  /** Passed on to the `DeploymentErrorsPanel` shown after the response. */
  errorsPanel: Partial<DeploymentErrorsPanelLabels>;
}

export const defaultCreateDeploymentFormLabels: CreateDeploymentFormLabels = {
  title: 'Create a deployment',
  deploymentName: 'Deployment name',
  deploymentNameHint: 'Shown in the deployments list, e.g. "Loan approval".',
  modelName: 'Model name',
  modelNameHint: 'The first model, which goes live, e.g. "loan-gbm-v1".',
  imageUrl: 'Image URL',
  imageUrlHint: 'registry/name:tag, e.g. registry.example.com/team/churn-model:1.4',
  exposedPort: 'Exposed port',
  exposedPortHint: 'Where your model server listens. Konan templates use 8000.',
  privateRegistry: 'Private registry',
  privateRegistryHint: 'Only for images that need a login to be pulled.',
  registryUsername: 'Registry username',
  registryPassword: 'Registry password or token',
  submit: 'Create deployment',
  pending: 'Creating deployment…',
  pendingHint: 'Konan is pulling the image and starting the container. This can take a minute.',
  errorTitle: 'The deployment could not be created',
  nameTaken: 'A deployment with this name already exists. Choose another name.',
  deploymentNameRequired: 'Enter a name for the deployment.',
  modelNameRequired: 'Enter a name for the model.',
  nameTooLong: (max) => `Use at most ${max} characters.`,
  imageUrlRequired: 'Enter the URL of the container image.',
  imageUrlScheme: 'Leave out the scheme (https://): use registry/name:tag.',
  imageUrlInvalid:
    'Use the form registry/name:tag in lower case, e.g. registry.example.com/team/model:1.0.',
  exposedPortInvalid: 'Enter a whole number from 1 to 65535, e.g. 8000.',
  registryUsernameRequired: 'Enter the registry username, or close "Private registry".',
  registryPasswordRequired: 'Enter the registry password or token, or close "Private registry".',
  createdTitle: 'Deployment created',
  uuid: 'UUID',
  copyUuid: 'Copy the UUID',
  uuidCopied: 'UUID copied.',
  uuidCopyFailed: 'Copying is not available here; select the UUID and copy it.',
  liveModel: 'Live model',
  noLiveModel: 'Not reported by this Konan server',
  modelNotServing: 'Not serving: its container did not start. See the problems below.',
  createdAt: 'Created',
  modelState: (state) =>
    state === 'live' || state === 'challenger' || state === 'disabled' ? state : 'other',
  createAnother: 'Create another deployment',
  errorsPanel: {},
};
