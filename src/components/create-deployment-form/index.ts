export {
  ConnectedCreateDeploymentForm,
  type ConnectedCreateDeploymentFormProps,
} from './connected-create-deployment-form.js';
export { CreateDeploymentForm, type CreateDeploymentFormProps } from './create-deployment-form.js';
export {
  type DeploymentFormErrors,
  type DeploymentFormMessages,
  type DeploymentFormValidation,
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from './create-deployment-form-checks.js';
export {
  type CreateDeploymentFormLabels,
  defaultCreateDeploymentFormLabels,
} from './create-deployment-form-labels.js';
