import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  ConnectedPredictionVolumeChart,
  type KonanVolumePoint,
  PredictionVolumeChart,
} from '../src/components/prediction-volume-chart';
import { expectHeadersOverValues } from './support/column-alignment';
import { inArabic, inMaxWidth, inWidth, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';

const DAY = 86_400_000;
const first = Date.UTC(2026, 10, 24);
const counts = [52, 61, 70, 58, 80, 112, 77, 60];
const shares = [0.62, 0.58, 0.6, 0.55, 0.5, 0.41, 0.3, 0.12];

const week: KonanVolumePoint[] = counts.map((count, index) => ({
  aligned: new Date(first + index * DAY),
  count,
  coverage: { value: shares[index] ?? 0, exact: true, read: count },
}));

const busyWeek: KonanVolumePoint[] = counts.map((count, index) => ({
  aligned: new Date(first + index * DAY),
  count: count * 150,
  coverage: { value: shares[index] ?? 0, exact: false, read: 400 },
}));

const meta = {
  title: 'Components/PredictionVolumeChart',
  component: PredictionVolumeChart,
  args: { unit: 'day', onRetry: fn() },
  decorators: [inMaxWidth(760), withKonanUI()],
} satisfies Meta<typeof PredictionVolumeChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Week: Story = {
  args: { buckets: week },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('figure', { name: 'Prediction volume' })).toBeVisible();
    await expect(
      canvas.getByText(/Predictions per day, Nov 24 to Dec 1: 570 in all, peak 112 on Nov 29\./),
    ).toBeVisible();
    // One tab stop: the plot. Arrow keys move the tooltip from bar to bar, End to the last.
    await userEvent.tab(); // the "Show as table" toggle, then the plot
    await userEvent.tab();
    const plot = canvas.getByRole('group', { name: /Predictions per day, as bars/ });
    await expect(plot).toHaveFocus();
    await expect(canvas.getByText(/Nov 24, 2026: 52 predictions, 62% with feedback/)).toBeVisible();
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{ArrowRight}');
    await expect(
      canvas.getByText(/Nov 29, 2026: 112 predictions, 41% with feedback/),
    ).toBeVisible();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByText(/Dec 1, 2026: 60 predictions, 12% with feedback/)).toBeVisible();
    await userEvent.keyboard('{Home}');
    await expect(canvas.getByText(/Nov 24, 2026: 52 predictions/)).toBeVisible();
    // The table shows the same numbers.
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    const table = canvas.getByRole('table', { name: 'Prediction volume' });
    await expectHeadersOverValues(table);
    const rows = within(table).getAllByRole('row');
    await expect(rows).toHaveLength(counts.length + 1);
    await expect(
      within(table).getByRole('rowheader', { name: 'Nov 29, 2026' }).closest('tr'),
    ).toHaveTextContent(/112\s*41%/);
    await userEvent.click(canvas.getByRole('button', { name: 'Show as chart' }));
    await expect(canvas.getByRole('group', { name: /as bars/ })).toBeVisible();
  },
};

/** Large buckets: coverage is an estimate, labelled in the legend, notice, tooltip and table. */
export const Estimated: Story = {
  args: { buckets: busyWeek },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/The feedback share is estimated from 3,200 of 85,500 predictions/),
    ).toBeVisible();
    await expect(canvas.getByText('With feedback (estimated)')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    await expect(canvas.getAllByText(/\(estimated\)/).length).toBeGreaterThan(1);
  },
};

export const Loading: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Counting predictions…');
    await expect(canvas.queryByRole('button', { name: 'Show as table' })).toBeNull();
  },
};

export const Empty: Story = {
  args: { buckets: week.map((point) => ({ ...point, count: 0, coverage: null })) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No predictions in this window')).toBeVisible();
  },
};

export const Failed: Story = errorAlertStory({
  error: {
    status: 503,
    method: 'GET',
    url: 'https://api.konan.ai/deployments/5b0c7e2e/predictions/',
    serverMessage: 'The predictions service is unavailable.',
  },
  title: 'The prediction volume could not be loaded',
});

/** Two days failed: the chart shows the rest and says what is missing. */
export const Partial: Story = {
  args: {
    buckets: week.map((point, index) =>
      index === 2 || index === 3 ? { ...point, count: undefined, coverage: undefined } : point,
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/2 of 8 days could not be loaded/)).toBeVisible();
    await expect(canvas.getByText(/442 in all/)).toBeVisible();
  },
};

export const Hourly: Story = {
  args: {
    unit: 'hour',
    buckets: Array.from({ length: 24 }, (_, hour) => ({
      aligned: new Date(Date.UTC(2026, 11, 1, hour)),
      count: Math.round(20 + 15 * Math.sin(((hour - 8) / 24) * 2 * Math.PI)),
      coverage: { value: 0.5, exact: true, read: 20 },
    })),
  },
};

/** A 390 px phone: the plot takes the panel's width, never the 600 px it starts from. */
export const Phone: Story = {
  args: Hourly.args,
  decorators: [inWidth()],
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('figure.konan-panel');
    const svg = canvasElement.querySelector('svg.konan-chart-svg');
    await expect(panel).not.toBeNull();
    await expect(svg).not.toBeNull();
    await waitFor(() =>
      expect((svg as Element).getBoundingClientRect().right).toBeLessThanOrEqual(
        (panel as Element).getBoundingClientRect().right,
      ),
    );
  },
};

/** In Arabic, right to left: the chart's words in Arabic, and a bar for every day. */
export const ArabicRightToLeft: Story = {
  args: { buckets: week },
  decorators: [inArabic],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { name: 'حجم التنبؤات' })).toBeVisible();
    const bars = [...canvasElement.querySelectorAll('rect.konan-chart-bar')];
    await expect(bars).toHaveLength(week.length);
    await userEvent.click(canvas.getByRole('button', { name: 'عرض كجدول' }));
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Connected: Story = {
  ...konanStory(),
  render: () => <ConnectedPredictionVolumeChart deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/Predictions per day, .* in all/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    await expect(canvas.getByRole('table', { name: 'Prediction volume' })).toBeVisible();
  },
};

export const ConnectedLast24Hours: Story = {
  ...konanStory(),
  render: () => (
    <ConnectedPredictionVolumeChart deploymentUuid={storyDemo.regressor} initialPreset="24h" />
  ),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/Predictions per hour, .* in all/, {}, { timeout: 15_000 }),
    ).toBeVisible();
  },
};
