import { type FormEvent, useId, useState } from 'react';
import type { KonanModelCreationRequest } from '../../client/data-types.js';
import { Button } from '../shared/button.js';
import { ContainerImageFields } from '../shared/container-image-fields.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { Heading, type KonanHeadingLevel } from '../shared/heading.js';
import { Spinner } from '../shared/spinner.js';
import { TextField } from '../shared/text-field.js';
import { useFormCheck } from '../shared/use-form-check.js';
import {
  defaultModelFormValues,
  type ModelFormErrors,
  type ModelFormField,
  type ModelFormValues,
  validateModelForm,
} from './add-model-form-checks.js';
import { createModelFieldErrors } from './create-model-errors.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

interface AddModelFormProps {
  id: string;
  labels: ModelsPanelLabels;
  /** The level of the form's heading: one below the panel's. */
  headingLevel: KonanHeadingLevel;
  /** Names already used in the deployment. */
  takenNames: readonly string[];
  pending: boolean;
  error: unknown;
  onSubmit(request: KonanModelCreationRequest): void;
  onCancel(): void;
}

/** Name, image and port of a new challenger; nothing is sent until every field is valid. */
export function AddModelForm({
  id,
  labels,
  headingLevel,
  takenNames,
  pending,
  error,
  onSubmit,
  onCancel,
}: AddModelFormProps) {
  const titleId = useId();
  const { formRef, errors, setErrors, passed } = useFormCheck<ModelFormField>();
  const [values, setValues] = useState<ModelFormValues>(defaultModelFormValues);
  // Server messages for a field are dropped once the user edits it.
  const [serverErrors, setServerErrors] = useState<ModelFormErrors>({});
  const [errorSeen, setErrorSeen] = useState<unknown>(undefined);
  if (error !== errorSeen) {
    setErrorSeen(error);
    setServerErrors(createModelFieldErrors(error));
  }

  const update = <K extends keyof ModelFormValues>(key: K, value: ModelFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key in errors || key in serverErrors) {
      setErrors(({ [key as ModelFormField]: _, ...rest }) => rest);
      setServerErrors(({ [key as ModelFormField]: _, ...rest }) => rest);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const result = validateModelForm(values, labels, takenNames);
    if (passed(result)) onSubmit(result.request);
  };

  const fieldError = (field: ModelFormField) => errors[field] ?? serverErrors[field];
  return (
    <form
      ref={formRef}
      id={id}
      className="konan-form konan-models-panel-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={submit}
    >
      <Heading level={headingLevel} id={titleId} className="konan-models-panel-form-title">
        {labels.addModelTitle}
      </Heading>
      <TextField
        label={labels.modelNameLabel}
        name="model-name"
        value={values.modelName}
        autoComplete="off"
        error={fieldError('modelName')}
        onChange={(event) => update('modelName', event.target.value)}
      />
      <ContainerImageFields
        values={values}
        errorOf={fieldError}
        labels={labels}
        onChange={(field, value) => update(field, value as ModelFormValues[typeof field])}
      />
      {error && !pending ? <ErrorAlert title={labels.addModelFailed} error={error} /> : null}
      <div className="konan-row">
        <Button type="submit" variant="primary" aria-disabled={pending || undefined}>
          {labels.submit}
        </Button>
        <Button onClick={() => onCancel()}>{labels.cancel}</Button>
        {pending ? <Spinner label={labels.addModelPending} /> : null}
      </div>
    </form>
  );
}
