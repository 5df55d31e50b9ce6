import { useState } from 'react';
import type { KonanDeploymentCreationResponse } from '../../../src/client/data-types';
import { ConnectedCreateDeploymentForm } from '../../../src/components/create-deployment-form';
import { ConnectedDeploymentsList } from '../../../src/components/deployments-list';
import { ConnectedLoginForm } from '../../../src/components/login-form';
import { Button, EmptyState, KonanRoot } from '../../../src/components/shared';
import { useDeployments, useKonan } from '../../../src/react';
import { DeploymentWorkspace } from './deployment-workspace';
import './dashboard.css';

/** A dashboard as an app would build it from konan-react: every piece is a library component. */
export function DashboardApp() {
  const konan = useKonan();
  return (
    <KonanRoot className="dashboard">
      {konan.status === 'authenticated' ? <SignedIn /> : <SignedOut />}
    </KonanRoot>
  );
}

function Brand({ as: Tag = 'span' }: { as?: 'span' | 'h1' }) {
  return (
    <Tag className="dashboard-brand">
      <span aria-hidden="true" className="dashboard-logo">
        K
      </span>
      Konan
    </Tag>
  );
}

function SignedOut() {
  return (
    <main className="dashboard-login">
      <Brand as="h1" />
      <p className="konan-muted">
        Deployments, models, predictions and their feedback, in one place.
      </p>
      <div className="dashboard-login-card">
        <ConnectedLoginForm />
      </div>
      <p className="konan-muted dashboard-hint">
        Demo account on the embedded emulator: <span className="konan-mono">demo@konan.ai</span> /{' '}
        <span className="konan-mono">konan-demo</span>
      </p>
    </main>
  );
}

type View = { kind: 'deployment'; uuid: string } | { kind: 'create' } | { kind: 'none' };

function SignedIn() {
  const konan = useKonan();
  const deployments = useDeployments();
  const [view, setView] = useState<View>({ kind: 'none' });
  const [created, setCreated] = useState<KonanDeploymentCreationResponse | null>(null);
  const [loggingOut, setLoggingOut] = useState(false);

  const user = konan.user;
  const userName = user
    ? [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email
    : '';
  const selectedUuid = view.kind === 'deployment' ? view.uuid : null;
  const selected = deployments.data?.find((d) => d.uuid === selectedUuid);

  return (
    <div className="dashboard-shell">
      <header className="dashboard-header">
        <Brand />
        <div className="dashboard-user">
          <span>
            <span className="konan-visually-hidden">Signed in as </span>
            <strong>{userName}</strong>
            {user && userName !== user.email ? (
              <span className="konan-muted"> · {user.email}</span>
            ) : null}
          </span>
          <Button
            aria-disabled={loggingOut || undefined}
            onClick={() => {
              if (loggingOut) return;
              setLoggingOut(true);
              void konan.logout().finally(() => setLoggingOut(false));
            }}
          >
            {loggingOut ? 'Logging out…' : 'Log out'}
          </Button>
        </div>
      </header>
      <div className="dashboard-body">
        <nav className="dashboard-sidebar" aria-label="Deployments">
          <ConnectedDeploymentsList
            selectedUuid={selectedUuid}
            onSelect={(uuid) => setView({ kind: 'deployment', uuid })}
            onCreate={() => {
              setCreated(null);
              setView({ kind: 'create' });
            }}
            allowDelete
            onDeleted={(uuid) => {
              if (uuid === selectedUuid) setView({ kind: 'none' });
            }}
          />
        </nav>
        <main className="dashboard-main">
          {view.kind === 'create' ? (
            <section className="dashboard-create" aria-labelledby="dashboard-create-title">
              <div className="dashboard-create-header">
                <h1 id="dashboard-create-title" className="dashboard-title">
                  New deployment
                </h1>
                {created ? (
                  <Button
                    variant="primary"
                    onClick={() => setView({ kind: 'deployment', uuid: created.deployment.uuid })}
                  >
                    Open “{created.deployment.name}”
                  </Button>
                ) : null}
              </div>
              <div className="dashboard-card">
                <ConnectedCreateDeploymentForm onCreated={setCreated} />
              </div>
            </section>
          ) : selected ? (
            <DeploymentWorkspace key={selected.uuid} deployment={selected} />
          ) : (
            <EmptyState title="Pick a deployment">
              <p>Choose one in the list to manage its models, predictions, feedback and metrics.</p>
            </EmptyState>
          )}
        </main>
      </div>
    </div>
  );
}
