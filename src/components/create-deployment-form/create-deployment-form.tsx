import { type FormEvent, useEffect, useId, useState } from 'react';
import { isKonanHttpError } from '../../client/errors.js';
import type {
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
} from '../../client/types.js';
import { Alert } from '../shared/alert.js';
import { Button } from '../shared/button.js';
import { errorText } from '../shared/error-text.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { TextField } from '../shared/text-field.js';
import { useFocusFirstInvalid } from '../shared/use-focus-first-invalid.js';
import {
  type CreateDeploymentFormLabels,
  defaultCreateDeploymentFormLabels,
} from './create-deployment-form-labels.js';
import { DeploymentCreated } from './deployment-created.js';
import {
  type DeploymentFormErrors,
  type DeploymentFormField,
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from './deployment-form-schema.js';

export interface CreateDeploymentFormProps {
  /** Called with a valid request only; nothing is sent while a field is invalid. */
  onSubmit: (request: KonanDeploymentCreationRequest) => void;
  /** The request is under way: the form is disabled and says so. */
  pending?: boolean;
  /** The server refused the request (e.g. 409: the name is taken) or it failed. */
  error?: unknown;
  /** The server's answer: the form gives way to the new deployment and its errors, if any. */
  result?: KonanDeploymentCreationResponse;
  /** Shows a "Create another deployment" button after a result; clear `result` in it. */
  onReset?: () => void;
  labels?: Partial<CreateDeploymentFormLabels>;
  /** Initial field values, e.g. a suggested image. */
  defaultValues?: Partial<DeploymentFormValues>;
  /** Level of the title heading. Defaults to 2. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

const P = 'konan-create-deployment-form';

const isNameTaken = (error: unknown) => isKonanHttpError(error) && error.status === 409;

/**
 * Create a deployment with its live model: names, image, port and optional registry
 * credentials, validated before anything is sent. After the answer, the new deployment and
 * the `DeploymentErrorsPanel` of the attempt.
 */
export function CreateDeploymentForm({
  onSubmit,
  pending = false,
  error,
  result,
  onReset,
  labels: overrides,
  defaultValues,
  headingLevel = 2,
  className,
}: CreateDeploymentFormProps) {
  const labels = mergeLabels(defaultCreateDeploymentFormLabels, overrides);
  const initial = { ...defaultDeploymentFormValues, ...defaultValues };
  const [values, setValues] = useState<DeploymentFormValues>(initial);
  const [errors, setErrors] = useState<DeploymentFormErrors>({});
  const [submitted, setSubmitted] = useState(false);
  // The server's "name taken" sticks to the name field until the name is edited.
  const [editedSince, setEditedSince] = useState<unknown>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const id = useId();
  const Heading = `h${headingLevel}` as 'h2';

  // A name the server refused is reported on its field too; focus it so it can be changed.
  useEffect(() => {
    if (isNameTaken(error)) focusFirstInvalid();
  }, [error, focusFirstInvalid]);

  const set = <K extends keyof DeploymentFormValues>(field: K, value: DeploymentFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (field === 'deploymentName' && isNameTaken(error)) setEditedSince(error);
    if (submitted) {
      const check = validateDeploymentForm(next, labels);
      setErrors(check.ok ? {} : check.errors);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const check = validateDeploymentForm(values, labels);
    setSubmitted(true);
    if (!check.ok) {
      setErrors(check.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    onSubmit(check.request);
  };

  const reset = () => {
    // After a healthy deployment start afresh; after errors keep the values to fix them.
    if (result && (result.errors ?? []).length === 0) setValues(initial);
    setErrors({});
    setSubmitted(false);
    onReset?.();
  };

  const fieldError = (field: DeploymentFormField): string | undefined => {
    if (field === 'deploymentName' && !errors.deploymentName) {
      return isNameTaken(error) && editedSince !== error && !pending ? labels.nameTaken : undefined;
    }
    return errors[field];
  };

  const text = (field: DeploymentFormField) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    error: fieldError(field),
  });

  const root = className ? `${P} ${className}` : P;
  if (result) {
    return (
      <KonanRoot className={root}>
        <Heading className="konan-panel-title">{labels.title}</Heading>
        <DeploymentCreated result={result} labels={labels} onReset={onReset ? reset : undefined} />
      </KonanRoot>
    );
  }

  const registryId = `${id}-registry`;
  return (
    <KonanRoot className={root}>
      <form
        ref={formRef}
        className="konan-form"
        onSubmit={submit}
        noValidate
        aria-labelledby={`${id}-title`}
        aria-busy={pending || undefined}
      >
        <Heading id={`${id}-title`} className="konan-panel-title">
          {labels.title}
        </Heading>
        <fieldset className={`${P}-fieldset`} disabled={pending}>
          <div className={`${P}-grid`}>
            <TextField
              label={labels.deploymentName}
              hint={labels.deploymentNameHint}
              name="deployment-name"
              autoComplete="off"
              {...text('deploymentName')}
            />
            <TextField
              label={labels.modelName}
              hint={labels.modelNameHint}
              name="model-name"
              autoComplete="off"
              {...text('modelName')}
            />
          </div>
          <div className={`${P}-grid ${P}-image`}>
            <TextField
              label={labels.imageUrl}
              hint={labels.imageUrlHint}
              name="image-url"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              className={`${P}-image-url`}
              {...text('imageUrl')}
            />
            <TextField
              label={labels.exposedPort}
              hint={labels.exposedPortHint}
              name="exposed-port"
              inputMode="numeric"
              autoComplete="off"
              className={`${P}-port`}
              {...text('exposedPort')}
            />
          </div>
          <div className={`${P}-registry`}>
            <Button
              variant="ghost"
              className={`${P}-disclosure`}
              aria-expanded={values.privateRegistry}
              aria-controls={registryId}
              onClick={() => set('privateRegistry', !values.privateRegistry)}
            >
              <span className={`${P}-chevron`} aria-hidden="true" />
              {labels.privateRegistry}
            </Button>
            <span className="konan-hint">{labels.privateRegistryHint}</span>
            <div id={registryId} className={`${P}-grid`} hidden={!values.privateRegistry}>
              {values.privateRegistry ? (
                <>
                  <TextField
                    label={labels.registryUsername}
                    name="registry-username"
                    autoComplete="off"
                    spellCheck={false}
                    {...text('registryUsername')}
                  />
                  <TextField
                    label={labels.registryPassword}
                    name="registry-password"
                    type="password"
                    autoComplete="new-password"
                    {...text('registryPassword')}
                  />
                </>
              ) : null}
            </div>
          </div>
          {error && !pending ? (
            <Alert tone="danger" title={labels.errorTitle}>
              <p className={`${P}-message`}>{errorText(error)}</p>
            </Alert>
          ) : null}
          <div className={`${P}-actions`}>
            <Button type="submit" variant="primary" busy={pending}>
              {pending ? labels.pending : labels.submit}
            </Button>
            <span role="status" className="konan-hint">
              {pending ? labels.pendingHint : ''}
            </span>
          </div>
        </fieldset>
      </form>
    </KonanRoot>
  );
}
