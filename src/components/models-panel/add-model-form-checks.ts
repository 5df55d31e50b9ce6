import type { KonanModelCreationRequest } from '../../client/data-types.js';
import {
  type ContainerImageMessages,
  type ContainerImageValues,
  defaultContainerImageValues,
  type FormValidation,
  withContainerImage,
} from '../shared/container-image-checks.js';
import { fieldErrors, firstError, required } from '../shared/field-checks.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

/** The add-model form as typed. */
export interface ModelFormValues extends ContainerImageValues {
  modelName: string;
}

export type ModelFormField = Exclude<keyof ModelFormValues, 'privateRegistry'>;
export type ModelFormErrors = Partial<Record<ModelFormField, string>>;

export const defaultModelFormValues: ModelFormValues = {
  modelName: '',
  ...defaultContainerImageValues,
};

export type ModelFormMessages = ContainerImageMessages &
  Pick<ModelsPanelLabels, 'modelNameRequired' | 'modelNameTaken'>;

export type ModelFormValidation = FormValidation<KonanModelCreationRequest, ModelFormErrors>;

/**
 * Validates the form: the request to send (a challenger), or one message per invalid field, every
 * field at once. `takenNames` are the deployment's model names (Konan refuses duplicates).
 */
export function validateModelForm(
  values: ModelFormValues,
  messages: ModelFormMessages,
  takenNames: readonly string[] = [],
): ModelFormValidation {
  const modelName = values.modelName.trim();
  const name = fieldErrors<'modelName'>({
    modelName: firstError(modelName, [
      required(messages.modelNameRequired),
      (trimmed) => (takenNames.includes(trimmed) ? messages.modelNameTaken(trimmed) : undefined),
    ]),
  });
  return withContainerImage(values, messages, name, (image) => ({
    name: modelName,
    image,
    state: 'challenger',
  }));
}
