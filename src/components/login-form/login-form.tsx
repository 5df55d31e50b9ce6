import { type FormEvent, useId, useState } from 'react';
import type { KonanLoginInput } from '../../client/data-types.js';
import { bindTextFields } from '../shared/bind-text-fields.js';
import { Button } from '../shared/button.js';
import { ErrorAlert } from '../shared/error-alert.js';
import { Heading } from '../shared/heading.js';
import { KonanRoot } from '../shared/root.js';
import { TextField } from '../shared/text-field.js';
import { useFormCheck } from '../shared/use-form-check.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanHeadedViewProps } from '../shared/view-props.js';
import { defaultLoginFormLabels, type LoginFormLabels } from './login-form-labels.js';
import {
  type LoginField,
  type LoginFormValues,
  type LoginMode,
  validateLogin,
} from './login-schema.js';

export interface LoginFormProps extends KonanHeadedViewProps<LoginFormLabels> {
  /** Called with valid input only; nothing is sent while a field is invalid. */
  onSubmit: (input: KonanLoginInput) => void;
  /** A login is under way: the form is disabled and the button says so. */
  pending?: boolean;
  /** The server's refusal (or any failure) of the last attempt. */
  error?: unknown;
  /**
   * Signing out failed on Konan's side (the session is gone here anyway): shown as a warning
   * above the form, titled `labels.signOutFailed`.
   */
  signOutError?: unknown;
  /** Which way of signing in is selected at first. Defaults to email and password. */
  defaultMode?: LoginMode;
}

const EMPTY: LoginFormValues = { email: '', password: '', apiKey: '' };

/** Sign in with email and password or with an API key. Enter submits. */
export function LoginForm({
  onSubmit,
  pending = false,
  error,
  signOutError,
  labels: overrides,
  defaultMode = 'credentials',
  headingLevel = 2,
  className,
}: LoginFormProps) {
  const labels = useLabels('loginForm', defaultLoginFormLabels, overrides);
  const [mode, setMode] = useState<LoginMode>(defaultMode);
  const [values, setValues] = useState<LoginFormValues>(EMPTY);
  // After a refused submit, fields are re-checked as the user types so messages clear at once.
  const [submitted, setSubmitted] = useState(false);
  // A refusal is told in the terms of the way the user signed in, even after switching tabs.
  const [sentMode, setSentMode] = useState<LoginMode>(defaultMode);
  const { formRef, errors, setErrors, passed } = useFormCheck<LoginField>();
  const id = useId();

  const update = (field: keyof LoginFormValues, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted) {
      const result = validateLogin(mode, next, labels);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const field = bindTextFields<LoginField>(values, (name) => errors[name], update);

  const switchMode = (next: LoginMode) => {
    setMode(next);
    setErrors({});
    setSubmitted(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const result = validateLogin(mode, values, labels);
    setSubmitted(true);
    if (!passed(result)) return;
    setSentMode(mode);
    onSubmit(result.input);
  };

  return (
    <KonanRoot className={className ? `konan-login-form ${className}` : 'konan-login-form'}>
      {signOutError ? (
        <ErrorAlert tone="warning" title={labels.signOutFailed} error={signOutError} />
      ) : null}
      <form
        ref={formRef}
        className="konan-form konan-login-form-form"
        onSubmit={submit}
        noValidate
        aria-labelledby={labels.title ? `${id}-title` : undefined}
        aria-busy={pending || undefined}
      >
        {labels.title ? (
          <Heading level={headingLevel} id={`${id}-title`} className="konan-panel-title">
            {labels.title}
          </Heading>
        ) : null}
        <fieldset className="konan-fieldset-bare konan-login-form-fieldset" disabled={pending}>
          <fieldset className="konan-fieldset-bare konan-login-form-modes">
            <legend className="konan-login-form-legend">{labels.modeLegend}</legend>
            <div className="konan-segmented">
              {(['credentials', 'apiKey'] as const).map((option) => (
                <label key={option} className="konan-segment">
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    value={option}
                    checked={mode === option}
                    onChange={() => switchMode(option)}
                  />
                  {option === 'credentials' ? labels.modeCredentials : labels.modeApiKey}
                </label>
              ))}
            </div>
          </fieldset>
          {mode === 'credentials' ? (
            <>
              <TextField
                label={labels.emailLabel}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                {...field('email')}
              />
              <TextField
                label={labels.passwordLabel}
                type="password"
                name="password"
                autoComplete="current-password"
                {...field('password')}
              />
            </>
          ) : (
            <TextField
              label={labels.apiKeyLabel}
              hint={labels.apiKeyHint}
              type="password"
              name="api-key"
              autoComplete="off"
              spellCheck={false}
              {...field('apiKey')}
            />
          )}
          {error && !pending ? (
            <ErrorAlert
              title={labels.errorTitle}
              error={error}
              labels={
                sentMode === 'apiKey' ? { credentialsRejected: labels.apiKeyRejected } : undefined
              }
            />
          ) : null}
          <span role="status" className="konan-visually-hidden">
            {pending ? labels.submitPending : ''}
          </span>
          <div className="konan-login-form-actions">
            <Button type="submit" variant="primary" busy={pending}>
              {pending ? labels.submitPending : labels.submit}
            </Button>
          </div>
        </fieldset>
      </form>
    </KonanRoot>
  );
}
