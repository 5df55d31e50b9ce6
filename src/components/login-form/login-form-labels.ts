export interface LoginFormLabels {
  title: string;
  modeLegend: string;
  modeCredentials: string;
  modeApiKey: string;
  email: string;
  password: string;
  apiKey: string;
  apiKeyHint: string;
  submit: string;
  pending: string;
  errorTitle: string;
  emailRequired: string;
  emailInvalid: string;
  passwordRequired: string;
  apiKeyRequired: string;
  /** Shown by the connected form once signed in (when it has no children). */
  signedInAs: (email: string) => string;
  signOut: string;
  signingOut: string;
  signOutFailed: string;
}

export const defaultLoginFormLabels: LoginFormLabels = {
  title: 'Sign in to Konan',
  modeLegend: 'Sign in with',
  modeCredentials: 'Email and password',
  modeApiKey: 'API key',
  email: 'Email',
  password: 'Password',
  apiKey: 'API key',
  apiKeyHint: 'An API key of your Konan account. It is kept in memory only.',
  submit: 'Sign in',
  pending: 'Signing in…',
  errorTitle: 'Could not sign in',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@company.com.',
  passwordRequired: 'Enter your password.',
  apiKeyRequired: 'Enter your API key.',
  signedInAs: (email) => `Signed in as ${email}`,
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutFailed: 'Signed out here, but Konan could not revoke the session',
};
