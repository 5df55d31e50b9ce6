import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanDeploymentCreationResponse } from '../src/client/data-types';
import { KonanHttpError, KonanNetworkError } from '../src/client/errors';
import {
  ConnectedCreateDeploymentForm,
  CreateDeploymentForm,
} from '../src/components/create-deployment-form';
import { crashLogs, wrongPortLogs } from './fixtures/container-logs';
import { konanStory } from './support/konan';

const meta = {
  title: 'Components/CreateDeploymentForm',
  component: CreateDeploymentForm,
  args: { onSubmit: fn(), onReset: fn() },
} satisfies Meta<typeof CreateDeploymentForm>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function fill(canvas: Canvas, fields: { name?: string; model?: string; image?: string }) {
  if (fields.name) await userEvent.type(canvas.getByLabelText('Deployment name'), fields.name);
  if (fields.model) await userEvent.type(canvas.getByLabelText('Model name'), fields.model);
  if (fields.image) await userEvent.type(canvas.getByLabelText('Image URL'), fields.image);
}

const createdAt = new Date('2024-05-14T09:12:00Z');
const healthy: KonanDeploymentCreationResponse = {
  deployment: { uuid: '7b0f3c2e-5d41-4f7a-9c1e-2a8b6d3e4f50', name: 'Churn', createdAt },
  liveModel: { uuid: 'm-1', name: 'churn-gbm-v1', createdAt, state: 'live' },
  errors: [],
  containerLogs: [
    'INFO:     Started server process [1]',
    'INFO:     Application startup complete.',
    'INFO:     10.0.0.2:51114 - "GET /healthz HTTP/1.1" 200 OK',
  ].join('\n'),
};

export const Filled: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByLabelText('Exposed port')).toHaveValue('8000');
    await fill(canvas, {
      name: 'Churn',
      model: 'churn-gbm-v1',
      image: 'registry.example.com/team/churn-model:1.4',
    });
    await userEvent.keyboard('{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith({
      deploymentName: 'Churn',
      modelName: 'churn-gbm-v1',
      image: { url: 'registry.example.com/team/churn-model:1.4', exposedPort: 8000 },
    });
  },
};

export const ValidationErrors: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    const name = canvas.getByLabelText('Deployment name');
    await expect(name).toHaveAccessibleDescription(/Enter a name for the deployment\./);
    await expect(canvas.getByLabelText('Model name')).toHaveAccessibleDescription(
      /Enter a name for the model\./,
    );
    await expect(canvas.getByLabelText('Image URL')).toHaveAccessibleDescription(
      /Enter the URL of the container image\./,
    );
    await expect(name).toHaveFocus();

    await fill(canvas, { name: 'Churn', model: 'churn-gbm-v1', image: 'https://ghcr.io/acme/m:1' });
    await expect(canvas.getByLabelText('Image URL')).toHaveAccessibleDescription(
      /Leave out the scheme/,
    );
    const image = canvas.getByLabelText('Image URL');
    await userEvent.clear(image);
    await userEvent.type(image, 'Acme/Model:1');
    await expect(image).toHaveAccessibleDescription(/in lower case/);
    await userEvent.clear(image);
    await userEvent.type(image, 'ghcr.io/acme/model:1');
    await expect(image).not.toHaveAttribute('aria-invalid');

    const port = canvas.getByLabelText('Exposed port');
    await userEvent.clear(port);
    await userEvent.type(port, '80000{Enter}');
    await expect(port).toHaveAccessibleDescription(/whole number from 1 to 65535/);
    await expect(port).toHaveFocus();
    await userEvent.clear(port);
    await userEvent.type(port, '8.5');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const PrivateRegistry: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await fill(canvas, {
      name: 'Churn',
      model: 'churn-v1',
      image: 'registry.example.com/private/churn:1',
    });
    const disclosure = canvas.getByRole('button', { name: 'Private registry' });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    disclosure.focus();
    await userEvent.keyboard('{Enter}');
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    await expect(canvas.getByLabelText('Registry username')).toHaveFocus();
    await expect(canvas.getByLabelText('Registry password or token')).toHaveAccessibleDescription(
      /Enter the registry password/,
    );
    await expect(args.onSubmit).not.toHaveBeenCalled();

    await userEvent.type(canvas.getByLabelText('Registry username'), 'ci-bot');
    const password = canvas.getByLabelText('Registry password or token');
    await expect(password).toHaveAttribute('type', 'password');
    await userEvent.type(password, 'tok-3f9a{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        image: {
          url: 'registry.example.com/private/churn:1',
          exposedPort: 8000,
          credentials: { username: 'ci-bot', password: 'tok-3f9a' },
        },
      }),
    );
    // The password is never shown as text.
    await expect(canvasElement.textContent).not.toContain('tok-3f9a');
  },
};

export const Pending: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Creating deployment…' })).toBeDisabled();
    await expect(canvas.getByLabelText('Image URL')).toBeDisabled();
    await expect(canvas.getByText(/pulling the image and starting the container/)).toBeVisible();
  },
};

export const NameTaken: Story = {
  args: {
    error: new KonanHttpError({
      status: 409,
      serverMessage: 'A deployment named "Loan approval" already exists.',
      method: 'POST',
      url: 'https://api.konan.ai/deployments/',
    }),
    defaultValues: {
      deploymentName: 'Loan approval',
      modelName: 'loan-gbm-v4',
      imageUrl: 'registry.example.com/team/loan-gbm:4.0',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Told once, on the field: no alert repeating it with the server's address.
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvasElement).not.toHaveTextContent('https://api.konan.ai');
    const name = canvas.getByLabelText('Deployment name');
    await waitFor(() => expect(name).toHaveFocus());
    await expect(name).toHaveAccessibleDescription(/already exists\. Choose another name\./);
    await userEvent.type(name, ' 2');
    await expect(name).not.toHaveAttribute('aria-invalid');
  },
};

export const NetworkError: Story = {
  args: {
    error: new KonanNetworkError(
      'Konan could not be reached. Check your connection and try again.',
    ),
  },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('The deployment could not be created');
    await expect(alert).toHaveTextContent('Konan could not be reached.');
    await expect(canvas.getByRole('button', { name: 'Create deployment' })).toBeEnabled();
  },
};

/** Port 80: model servers usually cannot listen there. A warning, and the form still submits. */
export const UnusualPort: Story = {
  args: {
    defaultValues: {
      deploymentName: 'Churn',
      modelName: 'churn-gbm-v1',
      imageUrl: 'registry.example.com/team/churn:1.0',
      exposedPort: '80',
    },
  },
  play: async ({ args, canvas }) => {
    const port = canvas.getByLabelText('Exposed port');
    await expect(port).toHaveAccessibleDescription(/Port 80 is below 1024/);
    await expect(port).not.toHaveAttribute('aria-invalid');
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    await expect(args.onSubmit).toHaveBeenCalledOnce();
    await userEvent.clear(port);
    await userEvent.type(port, '8000');
    await expect(port).not.toHaveAccessibleDescription(/below 1024/);
  },
};

const writeText = fn(async (_text: string) => {});

export const CreatedHealthy: Story = {
  args: { result: healthy },
  beforeEach: () => {
    writeText.mockClear();
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return () => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
  play: async ({ args, canvas }) => {
    const heading = canvas.getByRole('heading', { name: 'Churn' });
    await expect(heading).toHaveFocus();
    await expect(canvas.getByText('Created and serving')).toBeVisible();
    await expect(canvas.getByText(healthy.deployment.uuid)).toBeVisible();
    await expect(canvas.getByText('churn-gbm-v1')).toBeVisible();
    await expect(canvas.getByText('Live')).toBeVisible();
    await expect(canvas.getByText('The deployment is healthy')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy the UUID' }));
    await expect(await canvas.findByText('UUID copied.')).toBeVisible();
    await expect(writeText).toHaveBeenCalledWith(healthy.deployment.uuid);
    await userEvent.click(canvas.getByRole('button', { name: 'Create another deployment' }));
    await expect(args.onReset).toHaveBeenCalledTimes(1);
  },
};

/** A server from before 2022 sends no `model` in its answer. */
export const CreatedWithErrors: Story = {
  args: {
    result: {
      deployment: { uuid: '0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f', name: 'Churn', createdAt },
      errors: [
        { type: 'exposed_port', message: 'Nothing listens on port 8000.' },
        { type: 'health_endpoint', message: 'The container never answered GET /healthz.' },
      ],
      containerLogs: wrongPortLogs,
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not serving: 2 problems to fix');
    // The card says what the user has: a deployment, created, that does not serve.
    await expect(canvas.getByText('Created, not serving')).toBeVisible();
    await expect(canvas.queryByText('Created and serving')).toBeNull();
    await expect(canvas.getByText('Not reported by this Konan server')).toBeVisible();
    await expect(canvas.getByText('The exposed port could not be used')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
      'Uvicorn running on http://0.0.0.0:8080',
    );
  },
};

export const CreatedAfterCrash: Story = {
  args: {
    result: {
      deployment: { uuid: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', name: 'Fraud', createdAt },
      liveModel: { uuid: 'm-2', name: 'fraud-xgb', createdAt, state: 'live' },
      errors: [{ type: 'health_endpoint', message: 'The container exited with code 1.' }],
      containerLogs: crashLogs,
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The health check failed')).toBeVisible();
    await expect(canvas.getByText('fraud-xgb')).toBeVisible();
    await expect(
      canvas.getByText('Not serving: its container did not start. See the problems below.'),
    ).toBeVisible();
    await expect(canvas.queryByText('Not reported by this Konan server')).toBeNull();
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the logs' }), 'xgboost');
    await expect(canvas.getByText('1 of 1')).toBeVisible();
  },
};

export const Connected: Story = {
  ...konanStory(),
  render: () => <ConnectedCreateDeploymentForm />,
  play: async ({ canvas }) => {
    await fill(canvas, {
      name: 'Churn prediction',
      model: 'churn-gbm-v1',
      image: 'registry.konan.ai/team/churn:1.0',
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Create deployment' }));
    await expect(await canvas.findByText('The deployment is healthy')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Churn prediction' })).toBeVisible();
    await expect(canvas.getByText('churn-gbm-v1')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
      /answered 200/,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Create another deployment' }));
    await expect(canvas.getByLabelText('Deployment name')).toHaveValue('');
  },
};

export const ConnectedWrongPort: Story = {
  ...konanStory(),
  render: () => <ConnectedCreateDeploymentForm />,
  play: async ({ canvas }) => {
    await fill(canvas, {
      name: 'Churn',
      model: 'churn-v1',
      image: 'registry.konan.ai/team/churn:1.0',
    });
    const port = canvas.getByLabelText('Exposed port');
    await userEvent.clear(port);
    await userEvent.type(port, '8080{Enter}');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Not serving: 2 problems to fix');
    await expect(canvas.getByText('The exposed port could not be used')).toBeVisible();
    await expect(canvas.getByText('The health check failed')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
      /connection refused/,
    );
    // Back to the form with the values kept, to fix the port.
    await userEvent.click(canvas.getByRole('button', { name: 'Create another deployment' }));
    await expect(canvas.getByLabelText('Exposed port')).toHaveValue('8080');
  },
};

export const ConnectedPrivateImage: Story = {
  ...konanStory(),
  render: () => <ConnectedCreateDeploymentForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fill(canvas, {
      name: 'Private churn',
      model: 'churn-v1',
      image: 'registry.konan.ai/private/churn:1.0',
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Private registry' }));
    await userEvent.type(canvas.getByLabelText('Registry username'), 'ci-bot');
    await userEvent.type(canvas.getByLabelText('Registry password or token'), 'tok-3f9a{Enter}');
    await expect(await canvas.findByText('The deployment is healthy')).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('tok-3f9a');
  },
};

export const ConnectedNameTaken: Story = {
  ...konanStory(),
  render: () => <ConnectedCreateDeploymentForm />,
  play: async ({ canvas }) => {
    await fill(canvas, {
      name: 'Loan approval',
      model: 'loan-v9',
      image: 'registry.konan.ai/team/loan:9.0',
    });
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.getByLabelText('Deployment name')).toHaveAccessibleDescription(
        /Choose another name/,
      ),
    );
    // Reported once: on the field, not also in an alert with the URL.
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
