import { Button } from '../shared/button.js';
import { mergeLabels } from '../shared/labels.js';
import { KonanRoot } from '../shared/root.js';
import { defaultLoginFormLabels, type LoginFormLabels } from './login-form-labels.js';

export interface SignedInProps {
  email: string;
  onSignOut: () => void;
  pending?: boolean;
  labels?: Partial<LoginFormLabels>;
}

/** "Signed in as …" with a sign-out button: what the connected login form shows once signed in. */
export function SignedIn({ email, onSignOut, pending = false, labels: overrides }: SignedInProps) {
  const labels = mergeLabels(defaultLoginFormLabels, overrides);
  return (
    <KonanRoot className="konan-login-form">
      <div className="konan-login-form-signed-in" role="status">
        <p>{labels.signedInAs(email)}</p>
        <Button onClick={onSignOut} disabled={pending}>
          {pending ? labels.signingOut : labels.signOut}
        </Button>
      </div>
    </KonanRoot>
  );
}
