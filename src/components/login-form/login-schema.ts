import type { KonanLoginInput } from '../../client/data-types.js';
import { fieldErrors, firstError, matches, required } from '../shared/field-checks.js';
import type { LoginFormLabels } from './login-form-labels.js';

export type LoginMode = 'credentials' | 'apiKey';

export interface LoginFormValues {
  email: string;
  password: string;
  apiKey: string;
}

export type LoginField = keyof LoginFormValues;
export type LoginFieldErrors = Partial<Record<LoginField, string>>;

export type LoginValidation =
  | { ok: true; input: KonanLoginInput }
  | { ok: false; errors: LoginFieldErrors };

type Messages = Pick<
  LoginFormLabels,
  'emailRequired' | 'emailInvalid' | 'passwordRequired' | 'apiKeyRequired'
>;

// The "practical email validation" pattern of zod 4.6.7 (`z.regexes.email`, copied from
// node_modules/zod/v4/core/regexes.js) so that the same addresses pass as before.
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * Validate the fields of one mode, with the (replaceable) messages of the form's labels: the
 * login input to send, or one message per bad field (the first rule it breaks).
 */
export function validateLogin(
  mode: LoginMode,
  values: LoginFormValues,
  messages: Messages,
): LoginValidation {
  if (mode === 'apiKey') {
    const apiKey = values.apiKey.trim();
    const errors = fieldErrors<LoginField>({
      apiKey: firstError(apiKey, [required(messages.apiKeyRequired)]),
    });
    return errors ? { ok: false, errors } : { ok: true, input: { apiKey } };
  }
  const email = values.email.trim();
  // Passwords are sent as typed: spaces may be part of them.
  const { password } = values;
  const errors = fieldErrors<LoginField>({
    email: firstError(email, [
      required(messages.emailRequired),
      matches(EMAIL, messages.emailInvalid),
    ]),
    password: firstError(password, [required(messages.passwordRequired)]),
  });
  return errors ? { ok: false, errors } : { ok: true, input: { email, password } };
}
