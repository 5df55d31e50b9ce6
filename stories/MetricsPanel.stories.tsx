import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { KonanEvaluation, KonanTimeWindow } from '../src/client/data-types';
import { KonanHttpError } from '../src/client/errors';
import { ConnectedMetricsPanel, MetricsPanel } from '../src/components/metrics-panel';
import { lastWindow } from '../src/components/time-window-picker';
import { expectHeadersOverValues } from './support/column-alignment';
import { inWidth, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';
import { recoversFromOneServerError } from './support/server-error-story';
import { signedOutStory } from './support/signed-out-story';
import { useArgState } from './support/use-arg-state';

const storyWindow = lastWindow('7d', new Date(2025, 2, 10, 12, 0));

/**
 * An evaluation whose scores come from its own matrix (`matrix[actual][predicted]`), as the
 * emulator computes them: binary scores are the first (positive) class's, more classes are
 * macro-averaged; accuracy is the diagonal's share.
 */
function fromMatrix(labels: string[], matrix: number[][]): KonanEvaluation['metrics'] {
  const cell = (i: number, j: number) => matrix[i]?.[j] ?? 0;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const perClass = (k: number) => {
    const predicted = sum(labels.map((_, i) => cell(i, k)));
    const actual = sum(labels.map((_, j) => cell(k, j)));
    const precision = predicted === 0 ? 0 : cell(k, k) / predicted;
    const recall = actual === 0 ? 0 : cell(k, k) / actual;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1 };
  };
  const classes = labels.length === 2 ? [perClass(0)] : labels.map((_, k) => perClass(k));
  const mean = (pick: (c: ReturnType<typeof perClass>) => number) =>
    sum(classes.map(pick)) / classes.length;
  const total = sum(matrix.flat());
  return [
    { kind: 'scalar', name: 'precision', value: mean((c) => c.precision) },
    { kind: 'scalar', name: 'recall', value: mean((c) => c.recall) },
    { kind: 'scalar', name: 'f1_score', value: mean((c) => c.f1) },
    { kind: 'matrix', name: 'confusion_matrix', value: { labels, matrix } },
    { kind: 'custom', name: 'accuracy', value: sum(labels.map((_, k) => cell(k, k))) / total },
  ];
}

const loanMatrix = [
  [412, 38],
  [55, 295],
];

const classifier: KonanEvaluation = {
  metrics: [
    ...fromMatrix(['approved', 'rejected'], loanMatrix),
    // 412 + 55 of 800 predicted "approved".
    { kind: 'custom', name: 'approval_rate', value: 467 / 800 },
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
  decorators: [withKonanUI()],
  render: function Render(args) {
    const [value, change] = useArgState(args.timeWindow, args.onTimeWindowChange);
    return (
      <MetricsPanel {...args} {...(value && { timeWindow: value })} onTimeWindowChange={change} />
    );
  },
} satisfies Meta<typeof MetricsPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Classifier: Story = {
  args: { evaluation: classifier },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Classification' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Regression' })).toBeNull();
    // Precision of "approved" from the matrix: 412 of the 467 predicted approved.
    await expect(canvas.getByText('88.2%')).toBeVisible();
    await expect(canvas.getByText('91.6%')).toBeVisible(); // recall: 412 of 450
    const table = canvas.getByRole('table', { name: /Confusion matrix: actual classes in rows/ });
    await expectHeadersOverValues(table);
    const t = within(table);
    await expect(t.getByRole('columnheader', { name: 'Predicted approved' })).toBeVisible();
    await expect(t.getByRole('rowheader', { name: 'Actual rejected' })).toBeVisible();
    // Counts are text in every cell; the row of "Actual approved" reads 412, 38, total 450.
    const approvedRow = t.getByRole('rowheader', { name: 'Actual approved' }).closest('tr');
    await expect(approvedRow).toHaveTextContent('41238450');
    await expect(
      canvas.getByText(/707 of 800 predictions on the diagonal: 88.4% correct/),
    ).toBeVisible();
    // Custom metrics read like the cards: readable names, shares as percentages.
    const approval = canvas.getByRole('rowheader', { name: /^Approval rate/ });
    await expect(approval).toHaveTextContent('approval_rate');
    await expect(approval.closest('tr')).toHaveTextContent('58.4%');
    await expect(
      canvas.getByRole('rowheader', { name: 'Accuracy' }).closest('tr'),
    ).toHaveTextContent('88.4%');
  },
};

/** Seven days of scores sliding in the last days (day 3 had no feedback: a gap in each line). */
const weekTrend = {
  bucket: 'day' as const,
  points: [0.9, 0.91, null, 0.89, 0.86, 0.83, 0.8].map((f1) =>
    f1 === null
      ? { metrics: null }
      : { metrics: { precision: f1 + 0.01, recall: f1 - 0.03, f1_score: f1 } },
  ),
};

/** Each card carries its metric over the window's days; a slide of 5 points or more is flagged. */
export const WithTrend: Story = {
  args: { evaluation: classifier, trend: weekTrend },
  play: async ({ canvas }) => {
    const f1 = canvas.getByRole('img', { name: /^F1 score per day in this window/ });
    await expect(f1).toHaveAccessibleName(
      'F1 score per day in this window: from 90% to 80%, worse',
    );
    await expect(f1.closest('.konan-sparkline')).toHaveAttribute('data-tone', 'warning');
    await expect(canvas.getAllByRole('img', { name: /per day in this window/ })).toHaveLength(3);
  },
};

/** The view owns the signed-out state: no window control, no metrics, one line to log in. */
export const SignedOut: Story = {
  args: { evaluation: classifier, signedOut: true },
  play: async ({ canvas }) => {
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
  play: async ({ canvas }) => {
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
  play: async ({ canvas }) => {
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
        { kind: 'custom', name: 'evaluated_predictions', value: 1_284 },
        { kind: 'custom', name: 'mean_latency_ms', value: 42.5 },
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Custom metrics' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Classification' })).toBeNull();
    await expect(canvas.getByText(/"from_30_to_60": 0.88/)).toBeVisible();
    const row = (name: RegExp) => canvas.getByRole('rowheader', { name }).closest('tr');
    await expect(row(/^Approval rate/)).toHaveTextContent('58.4%');
    await expect(row(/^Evaluated predictions$/)).toHaveTextContent('1,284');
    // Not a share: a latency stays a number, with its wire name under the readable one.
    await expect(row(/^Mean latency ms/)).toHaveTextContent('42.5');
    await expect(row(/^Mean latency ms/)).toHaveTextContent('mean_latency_ms');
  },
};

/** Hostile metric names and values from a server: shown as text, never as markup. */
export const HostileCustomMetrics: Story = {
  args: {
    evaluation: {
      metrics: [
        { kind: 'custom', name: '<img src=x onerror=alert(1)>', value: '<b>not bold</b>' },
        { kind: 'custom', name: '=HYPERLINK("https://example.com")', value: '<script>1</script>' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('<b>not bold</b>')).toBeVisible();
    await expect(canvas.getByText('<script>1</script>')).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('b')).toBeNull();
  },
};

export const NothingToEvaluate: Story = {
  args: { evaluation: { metrics: [] } },
  play: async ({ args, canvas }) => {
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent('No feedback in this window: nothing to evaluate');
    await expect(status).toHaveTextContent(/choose a longer window/);
    await userEvent.click(canvas.getByRole('radio', { name: 'Last 30 days' }));
    await expect(args.onTimeWindowChange).toHaveBeenCalled();
  },
};

export const Loading: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Computing metrics…');
  },
};

export const Refreshing: Story = {
  args: { pending: true, evaluation: classifier },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Updating metrics…');
    await expect(canvas.getByText('88.2%')).toBeVisible();
  },
};

export const ServerError: Story = errorAlertStory({
  error: {
    status: 503,
    method: 'POST',
    url: 'https://api.konan.ai/deployments/5b0c7e2e/evaluate/',
    serverMessage: 'The evaluation service is unavailable.',
  },
  title: 'The metrics could not be computed',
  shows: 'The evaluation service is unavailable.',
});

export const TenClassMatrix: Story = {
  args: {
    evaluation: {
      metrics: fromMatrix(
        digits.map((_, i) => `digit ${i}`),
        digits,
      ),
    },
  },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /Confusion matrix/ });
    // The fixture's scores come from its matrix: accuracy is the diagonal's share.
    const share = canvas
      .getByText(/on the diagonal: ([\d.]+%) correct/)
      .textContent?.match(/([\d.]+%) correct/)?.[1];
    await expect(
      canvas.getByRole('rowheader', { name: 'Accuracy' }).closest('tr'),
    ).toHaveTextContent(share ?? 'missing');
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(11); // 10 classes + total
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(12);
    // The matrix scrolls sideways when narrow, and keyboard users can focus it to scroll.
    const region = canvas.getByRole('region', { name: /Confusion matrix/ });
    region.focus();
    await expect(region).toHaveFocus();
  },
};

/** The legend does not say "darker": in the dark theme the fuller cells are the lighter ones. */
export const Dark: Story = {
  args: { evaluation: classifier },
  decorators: [withKonanUI({ theme: 'dark' })],
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/The stronger a cell's colour, the more predictions/),
    ).toBeVisible();
    await expect(canvas.queryByText(/darker/i)).toBeNull();
  },
};

/** A 390 px phone: the matrix scrolls sideways under its sticky row headers, and says so. */
export const Phone: Story = {
  args: { evaluation: classifier },
  decorators: [inWidth()],
  play: async ({ canvas }) => {
    const caption = canvas.getByText(/^Confusion matrix: actual classes in rows/);
    const region = canvas.getByRole('region', { name: /Confusion matrix/ });
    await expect(await canvas.findByText(/Scroll sideways to see every column/)).toBeVisible();
    await expect(region).toHaveAccessibleDescription(/Scroll sideways/);
    // The title wraps within the panel's width: none of it sits past the scroller's edge.
    const edge = (element: Element) => element.getBoundingClientRect().right;
    await expect(edge(caption)).toBeLessThanOrEqual(edge(region) + 1);
    region.scrollLeft = region.scrollWidth;
    const total = within(region).getAllByRole('columnheader', { name: 'Total' })[0];
    const box = total?.getBoundingClientRect();
    const frame = region.getBoundingClientRect();
    await expect(box && box.right <= frame.right + 1).toBe(true);
  },
};

/**
 * In an app's grid column (`display: grid` with an `auto` or `1fr` track), as in a dashboard: a
 * wide matrix scrolls inside the panel instead of stretching the column past a phone's width.
 */
export const TenClassMatrixInAGrid: Story = {
  args: TenClassMatrix.args,
  decorators: [
    (Story) => (
      <div style={{ display: 'grid', gridTemplateColumns: '1fr', gap: 16 }}>
        <Story />
      </div>
    ),
    inWidth(),
  ],
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: /Confusion matrix/ });
    const panel = region.closest('.konan-metrics-panel') as HTMLElement;
    // The grid is a phone's width; the panel must not grow past it.
    const grid = panel.parentElement as HTMLElement;
    await expect(panel.getBoundingClientRect().width).toBeLessThanOrEqual(
      grid.getBoundingClientRect().width + 1,
    );
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  },
};

export const ConnectedClassifier: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
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
    // The cards' trends: one evaluation per day of the last 7 days.
    await expect(
      await canvas.findByRole(
        'img',
        { name: /^F1 score per day in this window/ },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
  },
};

export const ConnectedRegressor: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.regressor} />,
  play: async ({ canvas }) => {
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
  play: async ({ canvas }) => {
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
    // Then the cards' trends over the 30 days (31 buckets: the window's edges cut two days).
    await expect(
      await canvas.findByRole(
        'img',
        { name: /^F1 score per day in this window/ },
        { timeout: 20_000 },
      ),
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
  // Without the sparklines: the one-shot fault must hit the panel's own evaluation, not a bucket's.
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} trend={false} />,
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see the metrics.'),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.classifier} />,
};

/** 312 errors around −1,200 (a pseudo-random bell, the same at every run). */
function houseErrors(count: number): number[] {
  let seed = 7;
  const uniform = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  return Array.from({ length: count }, () => {
    const bell = uniform() + uniform() + uniform() + uniform() - 2;
    return Math.round(-1_200 + bell * 9_000);
  });
}

const residualSample = { residuals: houseErrors(312), read: 480, total: 480 };

/** A regressor's errors under its cards: a histogram with zero marked, a summary and a table. */
export const RegressorWithResiduals: Story = {
  args: { evaluation: regressor, residuals: residualSample },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(/^Errors of 312 predictions with feedback: median .+, 80% within ±/),
    ).toBeVisible();
    await expect(canvas.getByRole('group', { name: /^Errors, bars by size/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
    const table = canvas.getByRole('table', { name: 'Errors (actual − predicted)' });
    await expect(table).toBeVisible();
    await expectHeadersOverValues(table);
  },
};

export const ResidualsLoading: Story = {
  args: { evaluation: regressor, residualsPending: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Reading the predictions with feedback…')).toBeInTheDocument();
    await expect(canvas.getByText('1,834')).toBeVisible();
  },
};

/** Feedback that is no number (or none at all): the histogram says so. */
export const ResidualsEmpty: Story = {
  args: { evaluation: regressor, residuals: { residuals: [], read: 120, total: 120 } },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('No numeric feedback in this window'),
    ).toBeVisible();
  },
};

/** Stopped at the 20,000 latest predictions of a busy window. */
export const ResidualsPartial: Story = {
  args: {
    evaluation: regressor,
    residuals: { residuals: houseErrors(312), read: 20_000, total: 48_000 },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('Computed on the latest 20,000 of 48,000 predictions in this window.'),
    ).toBeVisible();
    await expect(canvas.getByText(/^Errors of 312 predictions with feedback/)).toBeVisible();
  },
};

export const ResidualsError: Story = {
  args: {
    evaluation: regressor,
    residualsError: new KonanHttpError({
      status: 503,
      method: 'GET',
      url: 'https://api.konan.ai/deployments/5b0c7e2e/predictions/',
      serverMessage: 'The predictions service is restarting.',
    }),
    onResidualsRetry: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('The errors could not be read')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onResidualsRetry).toHaveBeenCalled();
  },
};

/** House prices against the emulator: its predictions' numeric feedback gives the errors. */
export const ConnectedRegressorResiduals: Story = {
  ...konanStory(),
  render: () => <ConnectedMetricsPanel deploymentUuid={storyDemo.regressor} trend={false} />,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        /^Errors of [\d,]+ predictions? with feedback: median/,
        {},
        { timeout: 20_000 },
      ),
    ).toBeVisible();
  },
};

/** With the toolbar's locale on Arabic, the panel reads in Arabic, not English set right to left. */
export const ToolbarInArabic: Story = {
  args: { evaluation: classifier },
  globals: { locale: 'ar' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'التصنيف' })).toBeVisible();
  },
};
