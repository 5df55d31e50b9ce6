import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DeploymentErrorsPanel } from '../src/components/deployment-errors-panel';
import {
  crashLogs,
  generateLargeLog,
  imagePullLogs,
  missingHealthLogs,
  NEEDLE_COUNT,
  wrongPortLogs,
} from './fixtures/container-logs';

const meta = {
  title: 'Components/DeploymentErrorsPanel',
  component: DeploymentErrorsPanel,
  args: { errors: [], containerLogs: '' },
} satisfies Meta<typeof DeploymentErrorsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const headings = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

export const ImageError: Story = {
  args: {
    errors: [
      {
        type: 'image',
        message:
          'pull access denied for registry.example.com/acme/churn-model, repository does not exist or may require docker login',
      },
    ],
    containerLogs: imagePullLogs,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not serving: 1 problem to fix');
    await expect(headings(canvasElement)).toEqual([
      'The image could not be pulled',
      'Container logs',
    ]);
    await expect(canvas.getByText(/Check the image URL \(registry\/name:tag\)/)).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'What Konan said' })).toHaveTextContent(
      /pull access denied/,
    );
    // The \r progress line shows its final state only.
    const log = canvas.getByRole('region', { name: 'Container logs' });
    await expect(log).toHaveTextContent('Resolving registry.example.com ... done');
    await expect(canvas.getByText('3 lines')).toBeVisible();
  },
};

export const HealthEndpointError: Story = {
  args: {
    errors: [
      {
        type: 'health_endpoint',
        message: 'GET /healthz answered 404 six times in a row.',
      },
    ],
    containerLogs: missingHealthLogs,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(headings(canvasElement)[0]).toBe('The health check failed');
    await expect(
      canvas.getByText(
        'Make the server answer GET /healthz with status 200 once the model is loaded.',
      ),
    ).toBeVisible();
    await expect(canvas.getByText('health_endpoint')).toBeVisible();
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the logs' }), '404');
    await expect(canvas.getByText('1 of 6')).toBeVisible();
  },
};

export const ExposedPortError: Story = {
  args: {
    errors: [
      { type: 'exposed_port', message: 'Nothing listens on port 8000 in the container.' },
      { type: 'health_endpoint', message: 'GET /healthz on port 8000 was refused.' },
    ],
    containerLogs: wrongPortLogs,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not serving: 2 problems to fix');
    await expect(headings(canvasElement)).toEqual([
      'The exposed port could not be used',
      'The health check failed',
      'Container logs',
    ]);
    await expect(canvas.getByText(/e\.g\. 8000 for "uvicorn main:app --port 8000"/)).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Container logs' })).toHaveTextContent(
      'Uvicorn running on http://0.0.0.0:8080',
    );
  },
};

export const MixedWithUnknownType: Story = {
  args: {
    errors: [
      { type: 'gpu_quota', message: 'The organisation has no GPU quota left in eu-west-1.' },
      { type: 'health_endpoint', message: 'GET /healthz timed out after 30 s.' },
      { type: 'image', message: 'manifest for acme/churn-model:1.4 not found' },
      { type: 'health_endpoint', message: 'GET /healthz timed out after 30 s.' },
      { type: 'health_endpoint', message: 'Container exited with code 1.' },
      {
        type: 'disk_quota',
        message: 'The volume for model weights is full (20 GiB used of 20 GiB).',
      },
    ],
    containerLogs: crashLogs,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not serving: 4 problems to fix');
    // Known types first, in the order a deployment fails; unknown ones as they came.
    await expect(headings(canvasElement)).toEqual([
      'The image could not be pulled',
      'The health check failed',
      'Problem: gpu_quota',
      'Problem: disk_quota',
      'Container logs',
    ]);
    const health = canvasElement.querySelector('[data-type="health_endpoint"]') as HTMLElement;
    // Repeated messages are shown once.
    await expect(within(health).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getAllByText(/Read the message and the container logs below/)).toHaveLength(
      2,
    );
  },
};

/** Hostile input: a type and a message that look like markup are shown as inert text. */
export const HostileInput: Story = {
  args: {
    errors: [
      { type: '<b>weird</b>', message: '<script>alert(1)</script>' },
      {
        type: 'image',
        message: '<img src=x onerror="alert(1)"> =HYPERLINK("https://evil.example")',
      },
    ],
    containerLogs: '',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('<script>alert(1)</script>')).toBeVisible();
    await expect(canvas.getByText('Problem: <b>weird</b>')).toBeVisible();
    await expect(canvas.getByText(/<img src=x onerror/)).toBeVisible();
    await expect(canvasElement.querySelector('b, script, img')).toBeNull();
  },
};

export const Healthy: Story = {
  args: {
    errors: [],
    containerLogs: [
      'INFO:     Started server process [1]',
      'INFO:     Application startup complete.',
      'INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)',
      'INFO:     10.0.3.17:53210 - "GET /healthz HTTP/1.1" 200 OK',
    ].join('\n'),
  },
  play: async ({ canvas }) => {
    const title = canvas.getByText('The deployment is healthy');
    await expect(title.closest('[role="status"]')).toHaveTextContent(
      /model answers its health check/,
    );
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('4 lines')).toBeVisible();
  },
};

export const HealthyWithoutLogs: Story = {
  args: { errors: [], containerLogs: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The deployment is healthy')).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Container logs' })).toBeNull();
    await expect(canvas.queryByRole('searchbox')).toBeNull();
  },
};

export const ErrorsWithoutLogs: Story = {
  args: {
    errors: [{ type: 'image', message: '' }],
    containerLogs: '',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The image could not be pulled')).toBeVisible();
    // A blank message is not shown as an empty box.
    await expect(canvas.queryByRole('list', { name: 'What Konan said' })).toBeNull();
    await expect(canvas.getByText('The container wrote no logs.')).toBeVisible();
  },
};

export const TenMegabyteLog: Story = {
  loaders: [async () => ({ logs: generateLargeLog() })],
  render: (args, { loaded }) => (
    <DeploymentErrorsPanel {...args} containerLogs={loaded.logs as string} />
  ),
  args: {
    errors: [{ type: 'health_endpoint', message: 'GET /healthz timed out after 30 s.' }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('150,000 lines')).toBeVisible();
    // Pasting searches once; typing would search 150,000 lines on every keystroke.
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search the logs' }));
    await userEvent.paste('needle');
    await expect(await canvas.findByText(`1 of ${NEEDLE_COUNT}`)).toBeVisible();
    await waitFor(() =>
      expect(canvasElement.querySelector('mark[data-current]')).toHaveTextContent('needle'),
    );
    await expect(
      canvasElement.querySelectorAll('.konan-container-log-viewer-line').length,
    ).toBeLessThan(60);
  },
};
