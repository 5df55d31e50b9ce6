import type { KonanDeploymentCreationRequest } from '../../client/data-types.js';
import {
  type ContainerImageMessages,
  type ContainerImageValues,
  defaultContainerImageValues,
  type FormValidation,
  withContainerImage,
} from '../shared/container-image-checks.js';
import { fieldErrors, firstError, maxLength, required } from '../shared/field-checks.js';
import { labelCount } from '../shared/labels.js';
import type { CreateDeploymentFormLabels } from './create-deployment-form-labels.js';

/** What the form holds: text as typed; the port is parsed on submit. */
export interface DeploymentFormValues extends ContainerImageValues {
  deploymentName: string;
  modelName: string;
}

export type DeploymentFormField = Exclude<keyof DeploymentFormValues, 'privateRegistry'>;
export type DeploymentFormErrors = Partial<Record<DeploymentFormField, string>>;

export const defaultDeploymentFormValues: DeploymentFormValues = {
  deploymentName: '',
  modelName: '',
  ...defaultContainerImageValues,
};

export const MAX_NAME_LENGTH = 100;

export type DeploymentFormMessages = ContainerImageMessages &
  Pick<
    CreateDeploymentFormLabels,
    'deploymentNameRequired' | 'deploymentNameTooLong' | 'modelNameRequired' | 'modelNameTooLong'
  >;

export type DeploymentFormValidation = FormValidation<
  KonanDeploymentCreationRequest,
  DeploymentFormErrors
>;

/**
 * Validate the form, with the (replaceable) messages of its labels: the request to send, or one
 * message per bad field (the first rule it breaks). `formatNumber` writes the counts in messages
 * (the form passes its locale's).
 */
export function validateDeploymentForm(
  values: DeploymentFormValues,
  messages: DeploymentFormMessages,
  formatNumber: (value: number) => string = String,
): DeploymentFormValidation {
  const deploymentName = values.deploymentName.trim();
  const modelName = values.modelName.trim();
  const max = labelCount(MAX_NAME_LENGTH, formatNumber);
  const names = fieldErrors<'deploymentName' | 'modelName'>({
    deploymentName: firstError(deploymentName, [
      required(messages.deploymentNameRequired),
      maxLength(MAX_NAME_LENGTH, messages.deploymentNameTooLong(max)),
    ]),
    modelName: firstError(modelName, [
      required(messages.modelNameRequired),
      maxLength(MAX_NAME_LENGTH, messages.modelNameTooLong(max)),
    ]),
  });
  return withContainerImage(values, messages, names, (image) => ({
    deploymentName,
    modelName,
    image,
  }));
}
