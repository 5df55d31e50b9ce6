import { type ReactNode, useState } from 'react';
import type { KonanLoginInput, KonanUser } from '../../client/data-types.js';
import { useKonan } from '../../react/index.js';
import { LoginForm, type LoginFormProps } from './login-form.js';
import { SignedIn } from './signed-in.js';

export interface ConnectedLoginFormProps
  extends Omit<LoginFormProps, 'onSubmit' | 'pending' | 'error' | 'signOutError'> {
  /**
   * Shown once signed in, instead of the form: typically the dashboard. Without children the
   * component shows "Signed in as …" with a sign-out button.
   */
  children?: ReactNode;
  /** Called after a successful sign-in. */
  onSignedIn?: (user: KonanUser) => void;
}

/**
 * The login form wired to `useKonan()`: signs in with `login()`, shows the refusal, and once
 * signed in renders its children (or who is signed in, with a sign-out button). Also shows why
 * a session ended (e.g. it expired and could not be renewed).
 */
export function ConnectedLoginForm({ children, onSignedIn, ...props }: ConnectedLoginFormProps) {
  const konan = useKonan();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<unknown>(null);

  const submit = (input: KonanLoginInput) => {
    setSignOutError(null);
    // The failure is reported by useKonan() as status 'error'; nothing else to do with it here.
    konan.login(input).then(onSignedIn, () => {});
  };

  const signOut = () => {
    setSigningOut(true);
    setSignOutError(null);
    konan
      .logout()
      .catch((error: unknown) => setSignOutError(error))
      .finally(() => setSigningOut(false));
  };

  if (konan.status === 'authenticated') {
    if (children !== undefined) return <>{children}</>;
    return (
      <SignedIn
        email={konan.user.email}
        onSignOut={signOut}
        pending={signingOut}
        labels={props.labels}
        className={props.className}
      />
    );
  }
  return (
    <LoginForm
      {...props}
      onSubmit={submit}
      pending={konan.status === 'authenticating'}
      error={konan.status === 'error' ? konan.error : undefined}
      signOutError={signOutError && !signingOut ? signOutError : undefined}
    />
  );
}
