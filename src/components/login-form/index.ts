export { ConnectedLoginForm, type ConnectedLoginFormProps } from './connected-login-form.js';
export { LoginForm, type LoginFormProps } from './login-form.js';
export { defaultLoginFormLabels, type LoginFormLabels } from './login-form-labels.js';
export {
  type LoginFieldErrors,
  type LoginFormValues,
  type LoginMode,
  validateLogin,
} from './login-schema.js';
export { SignedIn, type SignedInProps } from './signed-in.js';
