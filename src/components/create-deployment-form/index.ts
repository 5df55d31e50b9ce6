export {
  ConnectedCreateDeploymentForm,
  type ConnectedCreateDeploymentFormProps,
} from './connected-create-deployment-form.js';
export { CreateDeploymentForm, type CreateDeploymentFormProps } from './create-deployment-form.js';
export {
  type CreateDeploymentFormLabels,
  defaultCreateDeploymentFormLabels,
} from './create-deployment-form-labels.js';
export {
  type DeploymentFormErrors,
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from './deployment-form-schema.js';
