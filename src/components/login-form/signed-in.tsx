import { Button } from '../shared/button.js';
import { KonanRoot } from '../shared/root.js';
import { useLabels } from '../shared/use-labels.js';
import type { KonanViewProps } from '../shared/view-props.js';
import { defaultLoginFormLabels, type LoginFormLabels } from './login-form-labels.js';

export interface SignedInProps extends KonanViewProps<LoginFormLabels> {
  email: string;
  onSignOut: () => void;
  /** Signing out is under way: the button is disabled and says so. */
  pending?: boolean;
}

/** "Signed in as …" with a sign-out button: what the connected login form shows once signed in. */
export function SignedIn({
  email,
  onSignOut,
  pending = false,
  labels: overrides,
  className,
}: SignedInProps) {
  const labels = useLabels('loginForm', defaultLoginFormLabels, overrides);
  return (
    <KonanRoot className={className ? `konan-login-form ${className}` : 'konan-login-form'}>
      <div className="konan-login-form-signed-in" role="status">
        <p>{labels.signedInAs(email)}</p>
        <Button onClick={() => onSignOut()} disabled={pending}>
          {pending ? labels.signOutPending : labels.signOut}
        </Button>
      </div>
    </KonanRoot>
  );
}
