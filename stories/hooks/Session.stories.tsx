import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../../src/components/shared/button';
import { KonanRoot } from '../../src/components/shared/root';
import { useDeployments, useKonan } from '../../src/react';
import { konanStory, storyAccount } from '../support/konan';

/** What `useKonan()` and a query hook give a component, live against the emulator. */
function SessionDemo() {
  const session = useKonan();
  const deployments = useDeployments();
  return (
    <KonanRoot className="konan-panel">
      <p>
        Session: <strong>{session.status}</strong>
        {session.user ? ` as ${session.user.email}` : ''}
      </p>
      {session.status === 'error' ? <p role="alert">{session.error.message}</p> : null}
      <div className="konan-row">
        <Button
          variant="primary"
          disabled={session.status === 'authenticated'}
          onClick={() => {
            session.login({ apiKey: storyAccount.apiKey }).catch(() => undefined);
          }}
        >
          Log in with the demo API key
        </Button>
        <Button
          disabled={session.status !== 'authenticated'}
          onClick={() => {
            session.logout().catch(() => undefined);
          }}
        >
          Log out
        </Button>
      </div>
      <h2 className="konan-panel-title">useDeployments()</h2>
      {deployments.data ? (
        <ul aria-label="Deployments">
          {deployments.data.map((d) => (
            <li key={d.uuid}>{d.name}</li>
          ))}
        </ul>
      ) : (
        <p className="konan-muted">
          {deployments.isError ? deployments.error.message : `status: ${deployments.status}`}
        </p>
      )}
    </KonanRoot>
  );
}

const meta = {
  title: 'Hooks/Session',
  component: SessionDemo,
} satisfies Meta<typeof SessionDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LogInAndOut: Story = {
  ...konanStory({ login: false }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('anonymous')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /log in/i }));
    await expect(await canvas.findByText('authenticated')).toBeVisible();
    const list = await canvas.findByRole('list', { name: 'Deployments' }, { timeout: 5000 });
    await expect(within(list).getByText('Loan approval')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /log out/i }));
    await expect(await canvas.findByText('anonymous')).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'Deployments' })).toBeNull();
  },
};

export const SignedIn: Story = { ...konanStory() };
