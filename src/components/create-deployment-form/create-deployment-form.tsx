import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type {
  KonanDeploymentCreationRequest,
  KonanDeploymentCreationResponse,
} from '../../client/data-types.js';
import { isKonanHttpError } from '../../client/errors.js';
import { bindTextFields } from '../shared/bind-text-fields.js';
import { Button } from '../shared/button.js';
import { ContainerImageFields } from '../shared/container-image-fields.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { useFormatters } from '../shared/format.js';
import { Heading } from '../shared/heading.js';
import { KonanRoot } from '../shared/root.js';
import { TextField } from '../shared/text-field.js';
import { useFormCheck } from '../shared/use-form-check.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import {
  type DeploymentFormField,
  type DeploymentFormValues,
  defaultDeploymentFormValues,
  validateDeploymentForm,
} from './create-deployment-form-checks.js';
import {
  type CreateDeploymentFormLabels,
  defaultCreateDeploymentFormLabels,
} from './create-deployment-form-labels.js';
import { DeploymentCreated } from './deployment-created.js';

export interface CreateDeploymentFormProps
  extends KonanHeadedViewProps<CreateDeploymentFormLabels> {
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
  /** Initial field values, e.g. a suggested image. */
  defaultValues?: Partial<DeploymentFormValues>;
  /**
   * Show the form's own title (default true). Pass false when the page around it already says
   * it (e.g. its own `h1`), so the page has one title; the form is then named by `labels.title`.
   */
  showTitle?: boolean;
  /**
   * More buttons beside "Create another deployment" under a result (e.g. "Open the deployment").
   * They live and go with the result, so no action is left behind for a deployment not created.
   */
  resultActions?: (result: KonanDeploymentCreationResponse) => ReactNode;
}

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
  showTitle = true,
  resultActions,
  className,
}: CreateDeploymentFormProps) {
  const labels = useLabels('createDeploymentForm', defaultCreateDeploymentFormLabels, overrides);
  const format = useFormatters();
  const validate = (next: DeploymentFormValues) =>
    validateDeploymentForm(next, labels, format.number);
  const initial = { ...defaultDeploymentFormValues, ...defaultValues };
  const [values, setValues] = useState<DeploymentFormValues>(initial);
  const [submitted, setSubmitted] = useState(false);
  // The server's "name taken" sticks to the name field until the name is edited.
  const [editedSince, setEditedSince] = useState<unknown>(null);
  const { formRef, errors, setErrors, passed, focusFirstInvalid } =
    useFormCheck<DeploymentFormField>();
  const id = useId();

  // A name the server refused is reported on its field too; focus it so it can be changed.
  useEffect(() => {
    if (isNameTaken(error)) focusFirstInvalid();
  }, [error, focusFirstInvalid]);

  const set = <K extends keyof DeploymentFormValues>(field: K, value: DeploymentFormValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (field === 'deploymentName' && isNameTaken(error)) setEditedSince(error);
    if (submitted) {
      const check = validate(next);
      setErrors(check.ok ? {} : check.errors);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const check = validate(values);
    setSubmitted(true);
    if (passed(check)) onSubmit(check.request);
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
      return isNameTaken(error) && editedSince !== error && !pending
        ? labels.deploymentNameTaken
        : undefined;
    }
    return errors[field];
  };

  const text = bindTextFields<DeploymentFormField>(values, fieldError, set);

  const root = className
    ? `konan-create-deployment-form ${className}`
    : 'konan-create-deployment-form';
  if (result) {
    return (
      <KonanRoot className={root}>
        {showTitle ? (
          <Heading level={headingLevel} className="konan-panel-title">
            {labels.title}
          </Heading>
        ) : null}
        <DeploymentCreated
          result={result}
          labels={labels}
          headingLevel={headingLevel}
          onReset={onReset ? reset : undefined}
          actions={resultActions?.(result)}
        />
      </KonanRoot>
    );
  }

  return (
    <KonanRoot className={root}>
      <form
        ref={formRef}
        className="konan-form"
        onSubmit={submit}
        noValidate
        aria-labelledby={showTitle ? `${id}-title` : undefined}
        aria-label={showTitle ? undefined : labels.title}
        aria-busy={pending || undefined}
      >
        {showTitle ? (
          <Heading level={headingLevel} id={`${id}-title`} className="konan-panel-title">
            {labels.title}
          </Heading>
        ) : null}
        <fieldset
          className="konan-fieldset-bare konan-create-deployment-form-fieldset"
          disabled={pending}
        >
          <div className="konan-create-deployment-form-grid">
            <TextField
              label={labels.deploymentNameLabel}
              hint={labels.deploymentNameHint}
              name="deployment-name"
              autoComplete="off"
              {...text('deploymentName')}
            />
            <TextField
              label={labels.modelNameLabel}
              hint={labels.modelNameHint}
              name="model-name"
              autoComplete="off"
              {...text('modelName')}
            />
          </div>
          <ContainerImageFields
            values={values}
            errorOf={fieldError}
            labels={labels}
            onChange={(field, value) => set(field, value as DeploymentFormValues[typeof field])}
          />
          {/* A taken name is told once, on its field; every other failure here. */}
          {error && !pending && !isNameTaken(error) ? (
            <ErrorAlert title={labels.errorTitle} error={error} />
          ) : null}
          <div className="konan-create-deployment-form-actions">
            <Button type="submit" variant="primary" busy={pending}>
              {pending ? labels.submitPending : labels.submit}
            </Button>
            <span role="status" className="konan-hint">
              {pending ? labels.submitPendingHint : ''}
            </span>
          </div>
        </fieldset>
      </form>
    </KonanRoot>
  );
}
