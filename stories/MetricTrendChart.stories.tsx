import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  ConnectedMetricTrendChart,
  MetricTrendChart,
  type MetricTrendPoint,
} from '../src/components/metric-trend-chart';
import { expectHeadersOverValues } from './support/column-alignment';
import { inArabic, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';
import { signedOutStory } from './support/signed-out-story';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2);

/** Thirty days of a classifier that slips in its last week; days 12 and 13 had no feedback. */
const classifierPoints: MetricTrendPoint[] = Array.from({ length: 30 }, (_, i) => {
  const slip = i >= 23 ? (i - 22) * 0.035 : 0;
  const wobble = ((i * 37) % 11) / 400;
  const gap = i === 12 || i === 13;
  const f1 = 0.86 - slip + wobble;
  return {
    start: new Date(start + i * DAY),
    end: new Date(start + (i + 1) * DAY),
    status: 'success',
    metrics: gap
      ? null
      : {
          precision: f1 + 0.02,
          recall: f1 - 0.02,
          f1_score: f1,
          feedback_coverage: 0.6,
          evaluated_predictions: 40 + ((i * 13) % 17),
        },
  };
});

const regressorPoints: MetricTrendPoint[] = classifierPoints.map((p, i) => ({
  ...p,
  metrics: p.metrics
    ? { rmse: 31_000 + ((i * 977) % 4_000), mae: 22_000 + ((i * 613) % 3_000) }
    : null,
}));

const meta = {
  title: 'Components/MetricTrendChart',
  component: MetricTrendChart,
  args: { points: classifierPoints, bucket: 'day', onRetry: fn(), onMetricChange: fn() },
  decorators: [withKonanUI()],
} satisfies Meta<typeof MetricTrendChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Classifier: Story = {
  play: async ({ args, canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'F1 score per day' });
    await expect(figure).toHaveAccessibleDescription(
      /F1 score per day, Nov 2 to Dec 1: .* 2 days with nothing to evaluate/,
    );
    // Keyboard: one tab stop, arrows move between days; a gap says so instead of a zero.
    const plot = canvas.getByRole('group', { name: /F1 score over time/ });
    plot.focus();
    await userEvent.keyboard('{Home}');
    for (let i = 0; i < 12; i++) await userEvent.keyboard('{ArrowRight}');
    await expect(await canvas.findByText(/F1 score: Nothing to evaluate/)).toBeVisible();
    // Another metric from the accessible select.
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Metric' }), 'recall');
    await expect(args.onMetricChange).toHaveBeenCalledWith('recall');
    await expect(canvas.getByRole('heading', { name: 'Recall per day' })).toBeVisible();
    const options = within(canvas.getByRole('combobox', { name: 'Metric' })).getAllByRole('option');
    await expect(options.map((o) => o.textContent)).toEqual([
      'Precision',
      'Recall',
      'F1 score',
      'Feedback coverage',
      'Evaluated predictions',
    ]);
  },
};

export const AsTable: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    const table = canvas.getByRole('table', { name: 'F1 score per day' });
    await expectHeadersOverValues(table);
    const rows = within(table).getAllByRole('row');
    await expect(rows).toHaveLength(31);
    await expect(rows[13]).toHaveTextContent('Nothing to evaluate');
    await expect(rows[1]).toHaveTextContent(/Nov 2, 2026\s*8\d(\.\d)?%/);
  },
};

export const Regressor: Story = {
  args: { points: regressorPoints },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'RMSE per day' })).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Metric' }), 'mae');
    await expect(canvas.getByRole('heading', { name: 'MAE per day' })).toBeVisible();
  },
};

export const Loading: Story = {
  args: {
    pending: true,
    points: classifierPoints.map((p) => ({ ...p, status: 'pending', metrics: null })),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Computing the metric over time…',
    );
  },
};

export const Empty: Story = {
  args: { points: classifierPoints.map((p) => ({ ...p, metrics: null })) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No feedback in this window: nothing to evaluate')).toBeVisible();
    await expect(canvas.queryByRole('group')).toBeNull();
  },
};

export const Partial: Story = {
  args: {
    points: classifierPoints.map((p, i) =>
      i % 10 === 4 ? { ...p, status: 'error', metrics: null } : p,
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('3 of 30 days could not be evaluated; the line skips them.'),
    ).toBeVisible();
  },
};

export const ServerError: Story = errorAlertStory(
  {
    error: {
      status: 503,
      method: 'POST',
      url: 'https://api.konan.ai/deployments/5b0c7e2e/evaluate/',
      serverMessage: 'The evaluation service is unavailable.',
    },
    title: 'The metric over time could not be computed',
  },
  { points: classifierPoints.map((p) => ({ ...p, status: 'error' as const, metrics: null })) },
);

export const ArabicRightToLeft: Story = {
  decorators: [inArabic],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { name: /لكل يوم/ })).toBeVisible();
    // The time axis stays left to right.
    const plot = within(canvasElement).getByRole('group', { name: /عبر الزمن/ });
    await expect(plot).toHaveAttribute('dir', 'ltr');
    await userEvent.click(canvas.getByRole('button', { name: 'عرض كجدول' }));
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Dark: Story = {
  decorators: [withKonanUI({ theme: 'dark' })],
};

/** "Loan approval" against the emulator: its F1 falls in the last week of the demo data. */
export const ConnectedClassifier: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricTrendChart deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
    const figure = await canvas.findByRole(
      'figure',
      { name: 'F1 score per day' },
      { timeout: 15_000 },
    );
    await expect(figure).toHaveAccessibleDescription(/F1 score per day/);
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    const rows = within(canvas.getByRole('table')).getAllByRole('row');
    await expect(rows.length).toBeGreaterThanOrEqual(30);
  },
};

export const ConnectedRegressor: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricTrendChart deploymentUuid={storyDemo.regressor} />,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole(
        'heading',
        { name: 'RMSE per day' },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  },
};

/** One bucket's evaluate fails: the chart says which share is missing and retries it. */
export const ConnectedPartial: Story = {
  ...konanStory({
    faults: [
      {
        method: 'POST',
        path: /\/evaluate\/$/,
        status: 503,
        body: { detail: 'The evaluation service is restarting.' },
        times: 1,
      },
    ],
  }),
  render: () => <ConnectedMetricTrendChart deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
    const notice = await canvas.findByText(/^1 of 3\d days could not be evaluated/, undefined, {
      timeout: 15_000,
    });
    await expect(notice).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('figure', { name: 'F1 score per day' }, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(canvas.queryByText(/could not be evaluated/)).toBeNull();
  },
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see the metric over time.'),
  render: () => <ConnectedMetricTrendChart deploymentUuid={storyDemo.classifier} />,
};
