import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanPrediction } from '../src/client/data-types';
import {
  ConnectedFeatureDriftPanel,
  FeatureDriftPanel,
  windowBefore,
} from '../src/components/feature-drift-panel';
import { lastWindow } from '../src/components/time-window-picker';
import { computeDrift } from '../src/react/drift/compute-drift';
import { DriftSample } from '../src/react/drift/drift-sample';
import type { KonanFeatureDriftResult } from '../src/react/drift/read-feature-drift';
import { chevronPoints } from './support/chevron';
import { expectHeadersOverValues } from './support/column-alignment';
import { inArabic, inWidth, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';

const current = lastWindow('7d', new Date(2025, 2, 10, 12, 0));
const reference = windowBefore(current);

/** A small deterministic generator, so the fixture is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

/** Loan applications: in the current window incomes rose and more applicants rent. */
function loans(count: number, shifted: boolean, seed: number): KonanPrediction[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const income = Math.round((30_000 + next() * 50_000 + (shifted ? 18_000 : 0)) / 100) * 100;
    const home = next() < (shifted ? 0.6 : 0.4) ? 'rent' : next() < 0.5 ? 'own' : 'mortgage';
    const credit = Math.round(560 + next() * 200 + (shifted ? 12 : 0));
    return {
      uuid: `p-${seed}-${i}`,
      features: { income, home_ownership: home, credit_score: credit, age: 21 + (i % 49) },
      output: { label: credit > 650 ? 'approved' : 'rejected' },
    };
  });
}

function driftOf(currentCount: number, referenceCount: number): KonanFeatureDriftResult {
  const sample = new DriftSample();
  sample.add('current', loans(currentCount, true, 7));
  sample.add('reference', loans(referenceCount, false, 11));
  return {
    features: computeDrift(sample),
    current: { read: currentCount, available: currentCount },
    reference: { read: referenceCount, available: referenceCount },
    stoppedShort: null,
  };
}

const drifted = driftOf(1_200, 1_100);

const meta = {
  title: 'Components/FeatureDriftPanel',
  component: FeatureDriftPanel,
  args: { timeWindow: current, referenceWindow: reference, onRetry: fn(), pending: false },
  decorators: [withKonanUI()],
} satisfies Meta<typeof FeatureDriftPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const rowNames = (canvas: ReturnType<typeof within>) =>
  canvas
    .getAllByRole('rowheader')
    .map((cell: HTMLElement) => cell.querySelector('bdi')?.textContent)
    .filter(Boolean);

/** Income shifted in the current window: it leads the table with a major drift. */
export const Drifted: Story = {
  args: { drift: drifted },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Features by drift' });
    await expect(rowNames(within(table))[0]).toBe('income');
    await expectHeadersOverValues(table);
    const incomeRow = within(table).getAllByRole('row')[1] as HTMLElement;
    const badge = within(incomeRow).getByText('Major');
    await expect(badge).toBeVisible();
    // Its icon and its word stand apart ("◆ Major", not "◆Major").
    const icon = badge.querySelector('[aria-hidden="true"]') as Element;
    const word = document.createRange();
    word.selectNodeContents(badge.lastChild as Node);
    await expect(
      word.getBoundingClientRect().left - icon.getBoundingClientRect().right,
    ).toBeGreaterThanOrEqual(2);
    await expect(canvas.getByText(/^5 features: \d with major drift/)).toBeVisible();
    // Sorting by PSI ascending puts the most stable feature first.
    const psi = within(table).getByRole('columnheader', { name: /PSI/ });
    await expect(psi).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(psi).getByRole('button'));
    await expect(psi).toHaveAttribute('aria-sort', 'ascending');
    await expect(rowNames(within(table)).at(-1)).toBe('income');
    // By name, with the keyboard.
    const feature = within(table).getByRole('columnheader', { name: /Feature/ });
    within(feature).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await expect(feature).toHaveAttribute('aria-sort', 'ascending');
    await expect(rowNames(within(table))[0]).toBe('age');
  },
};

/** A row opens to its two histograms, each a figure with a summary and a table view. */
export const Histograms: Story = {
  args: { drift: drifted },
  play: async ({ canvas }) => {
    const open = canvas.getByRole('button', { name: 'Show the histograms of income' });
    const chevron = open.querySelector('.konan-chevron') as Element;
    await expect(chevronPoints(chevron)).toBe('right');
    await userEvent.click(open);
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(chevronPoints(chevron)).toBe('down'));
    const currentFigure = canvas.getByRole('figure', { name: 'income: Current window' });
    const referenceFigure = canvas.getByRole('figure', { name: 'income: Reference window' });
    await expect(currentFigure).toHaveAccessibleDescription(
      /Current window, 1,200 predictions: the largest bin is .+ with \d/,
    );
    await expect(referenceFigure).toBeVisible();
    // Bars by keyboard: the tooltip names the bin, its share and its count.
    const plot = within(currentFigure).getByRole('group');
    plot.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(
      within(currentFigure).getByText(/ to .+: [\d.]+% \([\d,]+ predictions?\)/),
    ).toBeVisible();
    await userEvent.click(within(currentFigure).getByRole('button', { name: 'Show as table' }));
    const binTable = within(currentFigure).getByRole('table');
    await expect(within(binTable).getByRole('columnheader', { name: 'Share' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Hide the histograms of income' }));
    await expect(canvas.queryByRole('figure', { name: 'income: Current window' })).toBeNull();
  },
};

/** Reading: progress over both windows and a Cancel button. */
export const Loading: Story = {
  args: { pending: true, progress: { read: 4_200, total: 40_000 }, onCancel: fn() },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Read 4,200 of 40,000 predictions…')).toBeVisible();
    const bar = canvas.getByRole('progressbar', { name: 'Predictions read' });
    await expect(bar).toHaveAttribute('value', '4200');
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** More predictions than `maxPredictions`: the panel says what it was computed on. */
export const StoppedShort: Story = {
  args: {
    drift: {
      ...drifted,
      current: { read: 1_200, available: 84_000 },
      stoppedShort: 'limit',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Computed on part of the predictions')).toBeVisible();
    await expect(
      canvas.getByText('Current window: computed on the latest 1,200 of 84,000 predictions.'),
    ).toBeVisible();
    await expect(canvas.queryByText(/^Reference window: computed/)).toBeNull();
    await expect(canvas.getByRole('table', { name: 'Features by drift' })).toBeVisible();
  },
};

/** Cancelled after part of the reading: the drift of what was read, and a way to read again. */
export const Cancelled: Story = {
  args: { drift: { ...drifted, stoppedShort: 'cancelled' } },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('Reading cancelled')).toBeVisible();
    await expect(
      canvas.getByText('The drift is computed on the 2,300 predictions read before you cancelled.'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Read again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const Empty: Story = {
  args: {
    drift: { ...driftOf(0, 300), current: { read: 0, available: 0 } },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nothing to compare')).toBeVisible();
    await expect(canvas.getByText('The current window has no predictions.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const ServerError: Story = errorAlertStory({
  error: {
    status: 503,
    method: 'GET',
    url: 'https://api.konan.ai/deployments/d/predictions/',
    body: { detail: 'The service is restarting.' },
  },
  title: 'The drift could not be computed',
});

export const SignedOut: Story = {
  args: { drift: drifted, signedOut: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Log in to see the feature drift.')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** At 390 px the table and an opened row's histograms fit without scrolling sideways. */
export const Phone: Story = {
  args: { drift: drifted },
  decorators: [inWidth(390)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show the histograms of income' }));
    await expect(canvas.getByRole('figure', { name: 'income: Reference window' })).toBeVisible();
    const root = canvasElement.querySelector('.konan-feature-drift-panel') as HTMLElement;
    await waitFor(() => expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth));
    const wrap = canvasElement.querySelector('.konan-drift-table-wrap') as HTMLElement;
    await expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  },
};

export const ArabicRightToLeft: Story = {
  args: { drift: drifted },
  decorators: [inArabic],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'انحراف الميزات' })).toBeVisible();
    const table = canvas.getByRole('table', { name: 'الميزات حسب الانحراف' });
    await expect(table).toBeVisible();
    await expectHeadersOverValues(table);
    const open = canvas.getByRole('button', { name: 'إظهار المدرجات التكرارية لـ income' });
    // Closed, a row's chevron points to the inline end (left here); open, down.
    const chevron = open.querySelector('.konan-chevron') as Element;
    await expect(chevronPoints(chevron)).toBe('left');
    await userEvent.click(open);
    await expect(canvas.getByRole('figure', { name: 'income: الفترة الحالية' })).toBeVisible();
    await waitFor(() => expect(chevronPoints(chevron)).toBe('down'));
  },
};

/** Against the emulator: the last 7 days against the 7 before. */
export const Connected: Story = {
  ...konanStory(),
  render: () => <ConnectedFeatureDriftPanel deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
    const table = await canvas.findByRole(
      'table',
      { name: 'Features by drift' },
      { timeout: 15_000 },
    );
    const names = rowNames(within(table));
    await expect(names).toEqual(expect.arrayContaining(['income', 'credit_score', 'output.label']));
    await expect(canvas.queryByText('Computed on part of the predictions')).toBeNull();
  },
};

/** `maxPredictions` below what the windows hold: read the latest 200 of each, and say so. */
export const ConnectedStoppedShort: Story = {
  ...konanStory(),
  render: () => (
    <ConnectedFeatureDriftPanel deploymentUuid={storyDemo.classifier} maxPredictions={200} />
  ),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        /^Current window: computed on the latest 200 of [\d,]+ predictions\.$/,
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  },
};

/** The second page of each window hangs: progress shows, and Cancel computes on the first pages. */
export const ConnectedCancel: Story = {
  ...konanStory({
    faults: [{ method: 'GET', path: /\/predictions\/$/, skip: 2, delayMs: 60_000 }],
  }),
  render: () => <ConnectedFeatureDriftPanel deploymentUuid={storyDemo.classifier} />,
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/^Read 200 of [\d,]+ predictions…$/, undefined, { timeout: 15_000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(
      await canvas.findByText(
        'The drift is computed on the 200 predictions read before you cancelled.',
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('table', { name: 'Features by drift' })).toBeVisible();
  },
};
