import { type FormEvent, useId, useState } from 'react';
import type { KonanModelCreationRequest } from '../../client/types.js';
import {
  Alert,
  Button,
  errorText,
  Spinner,
  TextField,
  useFocusFirstInvalid,
} from '../shared/index.js';
import { createModelFieldErrors } from './create-model-errors.js';
import {
  emptyModelForm,
  type ModelFormErrors,
  type ModelFormField,
  type ModelFormValues,
  parseModelForm,
} from './model-form.js';
import type { ModelsPanelLabels } from './models-panel-labels.js';

interface AddModelFormProps {
  id: string;
  labels: ModelsPanelLabels;
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
  takenNames,
  pending,
  error,
  onSubmit,
  onCancel,
}: AddModelFormProps) {
  const titleId = useId();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [values, setValues] = useState<ModelFormValues>(emptyModelForm);
  const [errors, setErrors] = useState<ModelFormErrors>({});
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
    const result = parseModelForm(values, labels, takenNames);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    onSubmit(result.request);
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
      <h3 id={titleId} className="konan-models-panel-form-title">
        {labels.addFormTitle}
      </h3>
      <TextField
        label={labels.nameLabel}
        value={values.name}
        autoComplete="off"
        error={fieldError('name')}
        onChange={(event) => update('name', event.target.value)}
      />
      <div className="konan-models-panel-image">
        <TextField
          label={labels.imageLabel}
          hint={labels.imageHint}
          value={values.imageUrl}
          autoComplete="off"
          spellCheck={false}
          className="konan-models-panel-image-url"
          error={fieldError('imageUrl')}
          onChange={(event) => update('imageUrl', event.target.value)}
        />
        <TextField
          label={labels.portLabel}
          hint={labels.portHint}
          value={values.port}
          inputMode="numeric"
          autoComplete="off"
          className="konan-models-panel-port"
          error={fieldError('port')}
          onChange={(event) => update('port', event.target.value)}
        />
      </div>
      <label className="konan-models-panel-check">
        <input
          type="checkbox"
          checked={values.privateRegistry}
          onChange={(event) => update('privateRegistry', event.target.checked)}
        />
        {labels.privateRegistry}
      </label>
      {values.privateRegistry ? (
        <div className="konan-models-panel-image">
          <TextField
            label={labels.usernameLabel}
            value={values.username}
            autoComplete="off"
            error={fieldError('username')}
            onChange={(event) => update('username', event.target.value)}
          />
          <TextField
            label={labels.passwordLabel}
            type="password"
            value={values.password}
            autoComplete="new-password"
            error={fieldError('password')}
            onChange={(event) => update('password', event.target.value)}
          />
        </div>
      ) : null}
      {error && !pending ? (
        <Alert tone="danger" title={labels.createFailed}>
          <p className="konan-models-panel-message">{errorText(error)}</p>
        </Alert>
      ) : null}
      <div className="konan-row">
        <Button type="submit" variant="primary" aria-disabled={pending || undefined}>
          {labels.submitCreate}
        </Button>
        <Button onClick={onCancel}>{labels.cancel}</Button>
        {pending ? <Spinner label={labels.creating} /> : null}
      </div>
    </form>
  );
}
