export { ConnectedLoginForm, type ConnectedLoginFormProps } from './connected-login-form';
export { LoginForm, type LoginFormProps } from './login-form';
export { defaultLoginFormLabels, type LoginFormLabels } from './login-form-labels';
export {
  type LoginFieldErrors,
  type LoginFormValues,
  type LoginMode,
  validateLogin,
} from './login-schema';
export { SignedIn, type SignedInProps } from './signed-in';
