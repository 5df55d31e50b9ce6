import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { KonanEvaluation, KonanTimeWindow } from '../src/client/data-types';
import { KonanHttpError } from '../src/client/errors';
import { ConnectedMetricsPanel, MetricsPanel } from '../src/components/metrics-panel';
import { KonanUIProvider } from '../src/components/shared';
import { lastWindow } from '../src/components/time-window-picker';
import { konanStory, storyDemo } from './support/konan';
import { recoversFromOneServerError } from './support/server-error-story';

const storyWindow = lastWindow('7d', new Date(2025, 2, 10, 12, 0));

const classifier: KonanEvaluation = {
  metrics: [
    { kind: 'scalar', name: 'precision', value: 0.8734 },
    { kind: 'scalar', name: 'recall', value: 0.8412 },
    { kind: 'scalar', name: 'f1_score', value: 0.857 },
    {
      kind: 'matrix',
      name: 'confusion_matrix',
      value: {
        labels: ['approved', 'rejected'],
        matrix: [
          [412, 38],
          [55, 295],
        ],
      },
    },
    { kind: 'custom', name: 'approval_rate', value: 0.584 },
  ],
};

const regressor: KonanEvaluation = {
  metrics: [
    { kind: 'scalar', name: 'rmse', value: 1834.27 },
    { kind: 'scalar', name: 'mae', value: 1203.5 },
  ],
};

/** A 10-class matrix, mostly on the diagonal, deterministic. */
const digits = Array.from({ length: 10 }, (_, i) =>
  Array.from({ length: 10 }, (_, j) => (i === j ? 180 + ((i * 37) % 90) : (i * 7 + j * 13) % 23)),
);

const meta = {
  title: 'Components/MetricsPanel',
  component: MetricsPanel,
  args: { timeWindow: storyWindow, onTimeWindowChange: fn(), onRetry: fn(), pending: false },
  decorators: [
    (Story) => (
      <KonanUIProvider locale="en-US">
        <Story />
      </KonanUIProvider>
    ),
  ],
  render: function Render(args) {
    const [value, setValue] = useState<KonanTimeWindow | undefined>(args.timeWindow);
    return (
      <MetricsPanel
        {...args}
        {...(value && { timeWindow: value })}
        onTimeWindowChange={(next) => {
          setValue(next);
          args.onTimeWindowChange?.(next);
        }}
      />
    );
  },
} satisfies Meta<typeof MetricsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Classifier: Story = {
  args: { evaluation: classifier },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Classification' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Regression' })).toBeNull();
    await expect(canvas.getByText('87.3%')).toBeVisible();
    const table = canvas.getByRole('table', { name: /Confusion matrix: actual classes in rows/ });
    const t = within(table);
    await expect(t.getByRole('columnheader', { name: 'Predicted approved' })).toBeVisible();
    await expect(t.getByRole('rowheader', { name: 'Actual rejected' })).toBeVisible();
    // Counts are text in every cell; the row of "Actual approved" reads 412, 38, total 450.
    const approvedRow = t.getByRole('rowheader', { name: 'Actual approved' }).closest('tr');
    await expect(approvedRow).toHaveTextContent('41238450');
    await expect(
      canvas.getByText(/707 of 800 predictions on the diagonal: 88.4% correct/),
    ).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'approval_rate' })).toBeVisible();
  },
};

/** The view owns the signed-out state: no window control, no metrics, one line to log in. */
export const SignedOut: Story = {
  args: { evaluation: classifier, signedOut: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Metrics' })).toBeVisible();
    await expect(canvas.getByText('Log in to see the metrics.')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(canvas.queryByRole('heading', { name: 'Classification' })).toBeNull();
  },
};

/** Placed under a page's h2: the panel's heading is an h3 and its groups are h4. */
export const HeadingLevel: Story = {
  args: { evaluation: classifier, headingLevel: 3, className: 'story-metrics' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Metrics' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 4, name: 'Classification' })).toBeVisible();
    await expect(
      canvasElement.querySelector('.konan.konan-metrics-panel.story-metrics'),
    ).not.toBeNull();
  },
};

export const Regressor: Story = {
  args: { evaluation: regressor },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Regression' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Classification' })).toBeNull();
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByText('RMSE')).toBeVisible();
    await expect(canvas.getByText('1,834')).toBeVisible();
    await expect(canvas.getByText(/average miss/)).toBeVisible();
  },
};

export const LabelsLessMatrix: Story = {
  args: {
    evaluation: {
      metrics: [
        {
          kind: 'matrix',
          name: 'confusion_matrix',
          value: {
            matrix: [
              [50, 3, 1],
              [4, 61, 6],
              [0, 9, 40],
            ],
          },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: 'Predicted class 0' })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'Actual class 2' })).toBeVisible();
  },
};

export const CustomMetricsOnly: Story = {
  args: {
    evaluation: {
      metrics: [
        { kind: 'custom', name: 'approval_rate', value: 0.584 },
        { kind: 'custom', name: 'calibration', value: 'well calibrated' },
        { kind: 'custom', name: 'drift_detected', value: false },
        {
          kind: 'custom',
          name: 'per_segment_accuracy',
          value: { under_30: 0.81, from_30_to_60: 0.88, over_60: 0.79 },
        },
        { kind: 'custom', name: '<img src=x onerror=alert(1)>', value: '<b>not bold</b>' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Custom metrics' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Classification' })).toBeNull();
    await expect(canvas.getByText(/"from_30_to_60": 0.88/)).toBeVisible();
    // Server text stays text.
    await expect(canvas.getByText('<b>not bold</b>')).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const NothingToEvaluate: Story = {
  args: { evaluation: { metrics: [] } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent('No feedback in this window: nothing to evaluate');
    await expect(status).toHaveTextContent(/choose a longer window/);
    await userEvent.click(canvas.getByRole('radio', { name: 'Last 30 days' }));
    await expect(args.onTimeWindowChange).toHaveBeenCalled();
  },
};

export const Loading: Story = {
  args: { pending: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Computing metrics…');
  },
};

export const Refreshing: Story = {
  args: { pending: true, evaluation: classifier },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Updating metrics…');
    await expect(canvas.getByText('87.3%')).toBeVisible();
  },
};

export const ServerError: Story = {
  args: {
    error: new KonanHttpError({
      status: 503,
      method: 'POST',
      url: 'https://api.konan.ai/deployments/5b0c7e2e/evaluate/',
      serverMessage: 'The evaluation service is unavailable.',
    }),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('The metrics could not be computed');
    await expect(alert).toHaveTextContent('The evaluation service is unavailable.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const TenClassMatrix: Story = {
  args: {
    evaluation: {
      metrics: [
        { kind: 'scalar', name: 'precision', value: 0.8312 },
        { kind: 'scalar', name: 'recall', value: 0.8207 },
        { kind: 'scalar', name: 'f1_score', value: 0.8259 },
        {
          kind: 'matrix',
          name: 'confusion_matrix',
          value: { labels: digits.map((_, i) => `digit ${i}`), matrix: digits },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(11); // 10 classes + total
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(12);
    // The matrix scrolls sideways when narrow, and keyboard users can focus it to scroll.
    const region = canvas.getByRole('region', { name: /Confusion matrix/ });
    region.focus();
    await expect(region).toHaveFocus();
  },
};

export const Dark: Story = {
  args: { evaluation: classifier },
  decorators: [
    (Story) => (
      <KonanUIProvider theme="dark" locale="en-US">
        <Story />
      </KonanUIProvider>
    ),
  ],
};

export const ConnectedClassifier: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Computing metrics…');
    const table = await canvas.findByRole(
      'table',
      { name: /Confusion matrix/ },
      { timeout: 10_000 },
    );
    await expect(
      within(table).getByRole('columnheader', { name: 'Predicted approved' }),
    ).toBeVisible();
    await expect(canvas.getByText('Precision')).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Regression' })).toBeNull();
  },
};

export const ConnectedRegressor: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.regressor} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Regression' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByText('RMSE')).toBeVisible();
    await expect(canvas.getByText('MAE')).toBeVisible();
    await expect(canvas.queryByRole('table', { name: /Confusion matrix/ })).toBeNull();
  },
};

/** The emulator records no feedback in the last 6 hours, so the last 3 hours have nothing to evaluate. */
export const ConnectedNothingToEvaluate: Story = {
  ...konanStory(),
  render: function Render() {
    const [value, setValue] = useState<KonanTimeWindow>(() => {
      const end = new Date();
      return { start: new Date(end.getTime() - 3 * 3_600_000), end };
    });
    return (
      <ConnectedMetricsPanel
        deploymentUuid={storyDemo.classifier}
        timeWindow={value}
        onTimeWindowChange={setValue}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('No feedback in this window: nothing to evaluate', undefined, {
        timeout: 10_000,
      }),
    ).toBeVisible();
    // Widening the window finds the feedback.
    await userEvent.click(canvas.getByRole('radio', { name: 'Last 30 days' }));
    await expect(
      await canvas.findByRole('table', { name: /Confusion matrix/ }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ConnectedServerError: Story = {
  ...recoversFromOneServerError(
    {
      method: 'POST',
      path: /\/evaluate\/$/,
      status: 503,
      detail: 'The evaluation service is restarting.',
    },
    (canvas) => canvas.findByRole('table', { name: /Confusion matrix/ }, { timeout: 10_000 }),
  ),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} />,
};

export const ConnectedSignedOut: Story = {
  ...konanStory({ login: false }),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Log in to see the metrics.')).toBeVisible();
  },
};
