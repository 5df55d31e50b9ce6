import { useEffect, useRef, useState } from 'react';
import type { KonanDeploymentCreationResponse } from '../../../src/client/data-types';
import { ConnectedCreateDeploymentForm } from '../../../src/components/create-deployment-form';
import { ConnectedDeploymentOverview } from '../../../src/components/deployment-overview';
import { ConnectedDeploymentsList } from '../../../src/components/deployments-list';
import { ConnectedLoginForm } from '../../../src/components/login-form';
import { Button, KonanRoot } from '../../../src/components/shared';
import { useDeployments, useKonan } from '../../../src/react';
import { type DashboardLabels, useDashboardLabels } from './dashboard-labels';
import { DeploymentWorkspace } from './deployment-workspace';
import './dashboard.css';

const MAIN_ID = 'dashboard-main';

/** A dashboard as an app would build it from konan-react: every piece is a library component. */
export function DashboardApp() {
  const konan = useKonan();
  const labels = useDashboardLabels();
  return (
    <KonanRoot className="dashboard">
      <a className="dashboard-skip-link" href={`#${MAIN_ID}`}>
        {labels.skipToMain}
      </a>
      {konan.status === 'authenticated' ? (
        <SignedIn labels={labels} />
      ) : (
        <SignedOut labels={labels} />
      )}
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

function SignedOut({ labels }: { labels: DashboardLabels }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="dashboard-login">
      <Brand as="h1" />
      <p className="konan-muted">{labels.tagline}</p>
      <div className="dashboard-login-card">
        <ConnectedLoginForm />
      </div>
      <p className="konan-muted dashboard-hint">
        {labels.demoAccount} <span className="konan-mono">demo@konan.ai</span> /{' '}
        <span className="konan-mono">konan-demo</span>
      </p>
    </main>
  );
}

type View = { kind: 'deployment'; uuid: string } | { kind: 'create' } | { kind: 'none' };

function SignedIn({ labels }: { labels: DashboardLabels }) {
  const konan = useKonan();
  const deployments = useDeployments();
  const [view, setView] = useState<View>({ kind: 'none' });
  // The failed creations this app saw: their deployments are not serving until the live model
  // changes, and their errors and logs are shown again there.
  const [creations, setCreations] = useState<Record<string, KonanDeploymentCreationResponse>>({});
  const [loggingOut, setLoggingOut] = useState(false);
  const landingRef = useRef<HTMLHeadingElement>(null);

  // After the login (this view mounts), keyboard and screen-reader users land on the page's title.
  useEffect(() => landingRef.current?.focus(), []);

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
            <span className="konan-visually-hidden">{labels.signedInAs} </span>
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
            {loggingOut ? labels.loggingOut : labels.logOut}
          </Button>
        </div>
      </header>
      <div className="dashboard-body">
        <nav className="dashboard-sidebar" aria-label={labels.deploymentsNav}>
          <ConnectedDeploymentsList
            notServingUuids={Object.keys(creations)}
            selectedUuid={selectedUuid}
            onSelect={(uuid) => setView({ kind: 'deployment', uuid })}
            onCreate={() => setView({ kind: 'create' })}
            allowDelete
            onDeleted={(uuid) => {
              if (uuid === selectedUuid) setView({ kind: 'none' });
            }}
          />
        </nav>
        <main id={MAIN_ID} tabIndex={-1} className="dashboard-main">
          {view.kind === 'create' ? (
            <section className="dashboard-create" aria-labelledby="dashboard-create-title">
              <h1 id="dashboard-create-title" className="dashboard-title">
                {labels.createTitle}
              </h1>
              <div className="dashboard-card">
                <ConnectedCreateDeploymentForm
                  showTitle={false}
                  onCreated={(response) => {
                    if ((response.errors ?? []).length === 0) return;
                    setCreations((all) => ({ ...all, [response.deployment.uuid]: response }));
                  }}
                  resultActions={(result) => (
                    <Button
                      variant="primary"
                      onClick={() => setView({ kind: 'deployment', uuid: result.deployment.uuid })}
                    >
                      {labels.openDeployment(result.deployment.name)}
                    </Button>
                  )}
                />
              </div>
            </section>
          ) : selected ? (
            <DeploymentWorkspace
              key={selected.uuid}
              deployment={selected}
              creation={creations[selected.uuid]}
              onServing={() => setCreations(({ [selected.uuid]: _served, ...rest }) => rest)}
              labels={labels}
            />
          ) : (
            <section className="dashboard-landing" aria-labelledby="dashboard-landing-title">
              <h1
                id="dashboard-landing-title"
                ref={landingRef}
                tabIndex={-1}
                className="dashboard-title"
              >
                {labels.homeTitle}
              </h1>
              <p className="konan-muted">{labels.homeHint}</p>
              <ConnectedDeploymentOverview
                headingLevel={2}
                labels={{ title: labels.homeDeployments }}
                onSelectDeployment={(uuid) => setView({ kind: 'deployment', uuid })}
                onCreate={() => setView({ kind: 'create' })}
              />
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
