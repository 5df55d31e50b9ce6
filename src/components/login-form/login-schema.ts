import * as z from 'zod/mini';
import type { KonanLoginInput } from '../../client/types';
import type { LoginFormLabels } from './login-form-labels';

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

/** The schemas of both modes, with the (replaceable) messages of the form's labels. */
export function loginSchemas(messages: Messages) {
  const required = (error: string) => z.minLength(1, { error, abort: true });
  return {
    credentials: z.object({
      email: z
        .string()
        .check(
          z.trim(),
          required(messages.emailRequired),
          z.regex(z.regexes.email, { error: messages.emailInvalid }),
        ),
      // Passwords are sent as typed: spaces may be part of them.
      password: z.string().check(required(messages.passwordRequired)),
    }),
    apiKey: z.object({
      apiKey: z.string().check(z.trim(), required(messages.apiKeyRequired)),
    }),
  };
}

/** Validate the fields of one mode: the login input to send, or one message per bad field. */
export function validateLogin(
  mode: LoginMode,
  values: LoginFormValues,
  messages: Messages,
): LoginValidation {
  const schemas = loginSchemas(messages);
  const result =
    mode === 'credentials'
      ? z.safeParse(schemas.credentials, { email: values.email, password: values.password })
      : z.safeParse(schemas.apiKey, { apiKey: values.apiKey });
  if (result.success) return { ok: true, input: result.data };
  const errors: LoginFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as LoginField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
