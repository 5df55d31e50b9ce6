export interface LoginFormLabels {
  title: string;
  modeLegend: string;
  modeCredentials: string;
  modeApiKey: string;
  emailLabel: string;
  passwordLabel: string;
  apiKeyLabel: string;
  apiKeyHint: string;
  submit: string;
  submitPending: string;
  errorTitle: string;
  /**
   * Konan refused the API key (no technical details: the fix is another key). A refused email
   * and password are told by the `errorAlert` pack's `credentialsRejected`.
   */
  apiKeyRejected: string;
  emailRequired: string;
  emailInvalid: string;
  passwordRequired: string;
  apiKeyRequired: string;
  /** Shown by the connected form once signed in (when it has no children). */
  signedInAs: (email: string) => string;
  signOut: string;
  signOutPending: string;
  signOutFailed: string;
}

export const defaultLoginFormLabels: LoginFormLabels = {
  title: 'Sign in to Konan',
  modeLegend: 'Sign in with',
  modeCredentials: 'Email and password',
  modeApiKey: 'API key',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  apiKeyLabel: 'API key',
  apiKeyHint: 'An API key of your Konan account. It is kept in memory only.',
  submit: 'Sign in',
  submitPending: 'Signing in…',
  errorTitle: 'Could not sign in',
  apiKeyRejected:
    'Konan rejected this API key. Check that it is complete and has not been revoked.',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@company.com.',
  passwordRequired: 'Enter your password.',
  apiKeyRequired: 'Enter your API key.',
  signedInAs: (email) => `Signed in as ${email}`,
  signOut: 'Sign out',
  signOutPending: 'Signing out…',
  signOutFailed: 'Signed out here, but Konan could not revoke the session',
};
