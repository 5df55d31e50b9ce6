export {
  ConnectedCreateDeploymentForm,
  type ConnectedCreateDeploymentFormProps,
} from './connected-create-deployment-form';
export { CreateDeploymentForm, type CreateDeploymentFormProps } from './create-deployment-form';
export {
  type CreateDeploymentFormLabels,
  defaultCreateDeploymentFormLabels,
} from './create-deployment-form-labels';
export {
  type DeploymentFormErrors,
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from './deployment-form-schema';
