import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  KonanRoot,
  KonanUIProvider,
  Spinner,
  TextField,
} from '../../src/components/shared';

function Foundations({ theme }: { theme?: 'light' | 'dark' }) {
  const [name, setName] = useState('');
  const error = name.trim() === '' ? 'Enter a name.' : undefined;
  return (
    <KonanUIProvider theme={theme}>
      <KonanRoot style={{ padding: 16 }}>
        <div className="konan-panel">
          <h2 className="konan-panel-title">Buttons</h2>
          <div className="konan-row">
            <Button variant="primary">Primary</Button>
            <Button>Secondary</Button>
            <Button variant="danger">Delete</Button>
            <Button variant="ghost">Ghost</Button>
            <Button disabled>Disabled</Button>
          </div>
          <h2 className="konan-panel-title">Badges</h2>
          <div className="konan-row">
            <Badge tone="success">live</Badge>
            <Badge tone="info">challenger</Badge>
            <Badge>disabled</Badge>
            <Badge tone="danger">rejected</Badge>
            <Badge tone="warning">not sent</Badge>
          </div>
          <h2 className="konan-panel-title">Alerts</h2>
          <Alert tone="success" title="Deployment created" live={false}>
            The live model answers predictions.
          </Alert>
          <Alert tone="danger" title="The image could not be pulled" live={false}>
            Check the image URL and the registry credentials.
          </Alert>
          <h2 className="konan-panel-title">Fields</h2>
          <TextField
            label="Deployment name"
            hint="Shown in the deployments list."
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error}
          />
          <Spinner label="Loading deployments…" />
          <EmptyState title="No predictions in this window">Try a longer time window.</EmptyState>
        </div>
      </KonanRoot>
    </KonanUIProvider>
  );
}

const meta = {
  title: 'Design system/Foundations',
  component: Foundations,
} satisfies Meta<typeof Foundations>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {
  args: { theme: 'light' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Deployment name');
    await expect(input).toHaveAccessibleDescription(/Enter a name\./);
    await userEvent.type(input, 'Loan approval');
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

export const Dark: Story = { args: { theme: 'dark' } };
