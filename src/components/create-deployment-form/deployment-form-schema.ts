import type { KonanDeploymentCreationRequest } from '../../client/types.js';
import { type ImageUrlProblem, imageUrlProblem } from '../models-panel/image-reference.js';
import {
  fieldErrors,
  firstError,
  intInRange,
  maxLength,
  required,
} from '../shared/field-checks.js';
import type { CreateDeploymentFormLabels } from './create-deployment-form-labels.js';

/** What the form holds: text as typed; the port is parsed on submit. */
export interface DeploymentFormValues {
  deploymentName: string;
  modelName: string;
  imageUrl: string;
  exposedPort: string;
  privateRegistry: boolean;
  registryUsername: string;
  registryPassword: string;
}

export type DeploymentFormField = Exclude<keyof DeploymentFormValues, 'privateRegistry'>;
export type DeploymentFormErrors = Partial<Record<DeploymentFormField, string>>;

export const defaultDeploymentFormValues: DeploymentFormValues = {
  deploymentName: '',
  modelName: '',
  imageUrl: '',
  exposedPort: '8000',
  privateRegistry: false,
  registryUsername: '',
  registryPassword: '',
};

export const MAX_NAME_LENGTH = 100;

type Messages = Pick<
  CreateDeploymentFormLabels,
  | 'deploymentNameRequired'
  | 'modelNameRequired'
  | 'nameTooLong'
  | 'imageUrlRequired'
  | 'imageUrlScheme'
  | 'imageUrlInvalid'
  | 'exposedPortInvalid'
  | 'registryUsernameRequired'
  | 'registryPasswordRequired'
>;

export type DeploymentFormValidation =
  | { ok: true; request: KonanDeploymentCreationRequest }
  | { ok: false; errors: DeploymentFormErrors };

/**
 * Validate the form, with the (replaceable) messages of its labels: the request to send, or one
 * message per bad field (the first rule it breaks).
 */
export function validateDeploymentForm(
  values: DeploymentFormValues,
  messages: Messages,
): DeploymentFormValidation {
  const deploymentName = values.deploymentName.trim();
  const modelName = values.modelName.trim();
  const imageUrl = values.imageUrl.trim();
  const exposedPort = values.exposedPort.trim();
  const registryUsername = values.registryUsername.trim();
  // Tokens and passwords are sent as typed.
  const { privateRegistry, registryPassword } = values;

  const nameTooLong = maxLength(MAX_NAME_LENGTH, messages.nameTooLong(MAX_NAME_LENGTH));
  const imageProblem = imageUrlProblem(imageUrl);
  const errors = fieldErrors<DeploymentFormField>({
    deploymentName: firstError(deploymentName, [
      required(messages.deploymentNameRequired),
      nameTooLong,
    ]),
    modelName: firstError(modelName, [required(messages.modelNameRequired), nameTooLong]),
    imageUrl: imageProblem ? imageMessage(imageProblem, messages) : undefined,
    // At most five digits, then 1 to 65535.
    exposedPort: firstError(exposedPort, [
      maxLength(5, messages.exposedPortInvalid),
      intInRange(1, 65535, messages.exposedPortInvalid),
    ]),
    ...(privateRegistry && {
      registryUsername: firstError(registryUsername, [required(messages.registryUsernameRequired)]),
      registryPassword: firstError(registryPassword, [required(messages.registryPasswordRequired)]),
    }),
  });
  if (errors) return { ok: false, errors };
  return {
    ok: true,
    request: {
      deploymentName,
      modelName,
      image: {
        url: imageUrl,
        exposedPort: Number(exposedPort),
        ...(privateRegistry && {
          credentials: { username: registryUsername, password: registryPassword },
        }),
      },
    },
  };
}

/** This form has no message of its own for blanks inside the reference: they make it invalid. */
function imageMessage(problem: ImageUrlProblem, messages: Messages): string {
  if (problem === 'required') return messages.imageUrlRequired;
  if (problem === 'scheme') return messages.imageUrlScheme;
  return messages.imageUrlInvalid;
}
