// A server component: the konan-react components below are client references ("use client").
import {
  ConnectedLoginForm,
  DeploymentErrorsPanel,
  type KonanDeploymentError,
  KonanProvider,
} from 'konan-react';

const errors: KonanDeploymentError[] = [
  { type: 'image', message: 'manifest for registry.example.com/loan:v9 not found' },
];

export default function Page() {
  return (
    <main>
      <DeploymentErrorsPanel errors={errors} containerLogs={'Pulling image\nError: not found\n'} />
      <KonanProvider authUrl="http://127.0.0.1:4010" apiUrl="http://127.0.0.1:4010">
        <ConnectedLoginForm />
      </KonanProvider>
    </main>
  );
}
