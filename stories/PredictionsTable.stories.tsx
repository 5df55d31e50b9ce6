import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanPrediction, KonanPredictionsPage } from '../src/client/data-types';
import { KonanNetworkError } from '../src/client/errors';
import {
  ConnectedPredictionsTable,
  PredictionsTable,
  type PredictionsTableProps,
} from '../src/components/predictions-table';
import { lastWindow } from '../src/components/time-window-picker';
import { inArabic, inWidth, withKonanUI } from './support/decorators';
import { errorAlertStory } from './support/error-alert-story';
import { konanStory, storyDemo } from './support/konan';
import { recoversFromOneServerError } from './support/server-error-story';
import { signedOutStory } from './support/signed-out-story';
import { useArgState } from './support/use-arg-state';

const now = new Date(2025, 2, 10, 12, 0);
const storyWindow = lastWindow('7d', now);

/** Deterministic loan-approval predictions, newest first, one every 7 minutes. */
function makePredictions(n: number, offset = 0): KonanPrediction[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const income = 28_000 + ((i * 7919) % 90_000);
    const score = 520 + ((i * 131) % 320);
    const probability = Math.round((0.35 + ((i * 37) % 64) / 100) * 1000) / 1000;
    const label = probability >= 0.6 ? 'approved' : 'rejected';
    const prediction: KonanPrediction = {
      uuid: `7f3c${String(i).padStart(4, '0')}-2b1d-4c8e-9a41-${(0x5e0000000000 + i * 4099).toString(16)}`,
      createdAt: new Date(now.getTime() - i * 7 * 60_000),
      features: {
        income,
        age: 21 + (i % 50),
        credit_score: score,
        loan_amount: 5_000 + ((i * 613) % 40_000),
        employment_years: i % 25,
      },
      output: { label, probability },
    };
    if (i % 5 < 3) prediction.feedback = { label: i % 4 === 0 ? 'rejected' : label };
    return prediction;
  });
}

function page(
  predictions: KonanPrediction[],
  count: number,
  hasNext: boolean,
): KonanPredictionsPage {
  return { count, next: hasNext ? 'https://api.konan.ai/next' : null, previous: null, predictions };
}

const threePages = [0, 1, 2].map((p) => page(makePredictions(100, p * 100), 2500, true));

/** Serves pages from memory as a connected table would: "Load more" adds the next 100. */
function Paged(args: PredictionsTableProps & { total: number; delayMs?: number }) {
  const { total, delayMs = 300, ...rest } = args;
  const [value, change] = useArgState(args.timeWindow, args.onTimeWindowChange);
  const [pages, setPages] = useState(() => [page(makePredictions(100), total, total > 100)]);
  const [loading, setLoading] = useState(false);
  const loaded = pages.length * 100;
  return (
    <PredictionsTable
      {...rest}
      pages={pages}
      hasMore={loaded < total}
      loadingMore={loading}
      onLoadMore={() => {
        args.onLoadMore?.();
        setLoading(true);
        setTimeout(() => {
          setPages((current) => [
            ...current,
            page(
              makePredictions(Math.min(100, total - current.length * 100), current.length * 100),
              total,
              (current.length + 1) * 100 < total,
            ),
          ]);
          setLoading(false);
        }, delayMs);
      }}
      {...(value && { timeWindow: value })}
      onTimeWindowChange={change}
    />
  );
}

const meta = {
  title: 'Components/PredictionsTable',
  component: PredictionsTable,
  args: { timeWindow: storyWindow, onTimeWindowChange: fn(), onRetry: fn(), onLoadMore: fn() },
  decorators: [withKonanUI()],
} satisfies Meta<typeof PredictionsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Body rows, counted from the DOM: role queries over hundreds of rows are slow. */
const rowsOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('table')?.tBodies[0]?.rows.length ?? 0;

export const Loading: Story = {
  args: { pending: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading predictions…')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

export const Success: Story = {
  args: { pages: threePages, hasMore: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rowsOf(canvasElement)).toBe(300);
    await expect(canvas.getByText('Showing 300 of 2,500 predictions')).toBeVisible();
    const head = within(canvasElement.querySelector('thead') as HTMLElement);
    for (const name of ['Created', 'Prediction', 'Features', 'Output', 'Feedback']) {
      await expect(head.getByRole('columnheader', { name })).toBeVisible();
    }
    // One line per row: features as a compact summary, the "·" drawn by CSS between entries.
    const firstRow = canvasElement.querySelector('tbody tr') as HTMLTableRowElement;
    await expect(firstRow.textContent).toContain('income: 28,000age: 21credit_score: 520+2 more');
    await expect(firstRow.getBoundingClientRect().height).toBeLessThan(48);
    // The UUID opens the row's detail: features, output and feedback in full.
    const toggle = within(firstRow).getByRole('button', { expanded: false });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    await expect(within(detail as HTMLElement).getByText(/"employment_years": 0/)).toBeVisible();
  },
};

/** One tab stop for the table; Up/Down, Home/End move between rows; Enter or Space opens one. */
export const KeyboardNavigation: Story = {
  args: { pages: [page(makePredictions(20), 20, false)] },
  play: async ({ canvasElement }) => {
    const toggles = () => [
      ...canvasElement.querySelectorAll<HTMLButtonElement>('.konan-predictions-table-toggle'),
    ];
    await expect(toggles().filter((t) => t.tabIndex === 0)).toHaveLength(1);
    toggles()[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(toggles()[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(toggles()[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(toggles()[19]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(toggles()[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(toggles()[0]).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    await expect(toggles()[0]).toHaveAttribute('aria-expanded', 'false');
    await expect(toggles().filter((t) => t.tabIndex === 0)).toEqual([toggles()[0]]);
    // Tab leaves the table: the rows are not 20 tab stops.
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await expect(canvasElement.contains(document.activeElement)).toBe(false);
  },
};

/** At phone width each prediction is a card of labelled lines; no word is broken. */
export const Phone: Story = {
  args: { pages: [page(makePredictions(6), 6, false)] },
  decorators: [inWidth()],
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('tbody td[data-label="Features"]') as HTMLElement;
    await expect(getComputedStyle(cell).display).toBe('block');
    await expect(getComputedStyle(cell).wordBreak).toBe('normal');
    await expect(getComputedStyle(cell).overflowWrap).toBe('normal');
    const table = canvasElement.querySelector('table') as HTMLElement;
    await expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth + 1);
    // Entries on one line stand apart as on a desktop: "28,000 · age", not "28,000· age".
    await expectEntriesApart(cell);
  },
};

/**
 * The gap between two entries of a summary cell that share a line equals " · ": in either
 * direction the separator sits between them, not on the far side of one.
 */
async function expectEntriesApart(cell: HTMLElement) {
  const parts = [...cell.querySelectorAll('.konan-predictions-table-part')];
  const textBox = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element.lastChild as Node);
    return range.getBoundingClientRect();
  };
  const pair = parts.findIndex(
    (part, at) => at > 0 && textBox(part).top === textBox(parts[at - 1] as Element).top,
  );
  await expect(pair).toBeGreaterThan(0);
  const probe = document.createElement('span');
  probe.style.whiteSpace = 'pre';
  probe.textContent = ' · ';
  cell.append(probe);
  const separator = probe.getBoundingClientRect().width;
  probe.remove();
  const [before, after] = [textBox(parts[pair - 1] as Element), textBox(parts[pair] as Element)];
  const rtl = getComputedStyle(cell).direction === 'rtl';
  const gap = rtl ? before.left - after.right : after.left - before.right;
  await expect(Math.abs(gap - separator)).toBeLessThanOrEqual(1);
}

/**
 * In Arabic the entries run right to left, each one read left to right inside ("income: 28,000"),
 * with the " · " between them.
 */
export const ArabicRightToLeft: Story = {
  args: { pages: [page(makePredictions(6), 6, false)] },
  decorators: [inArabic],
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('tbody td:nth-child(3)') as HTMLElement;
    await expect(cell).toHaveTextContent(/income: 28,000/);
    await expectEntriesApart(cell);
  },
};

export const EmptyWindow: Story = {
  args: { pages: [page([], 0, false)] },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('No predictions in this window')).toBeVisible();
    await expect(canvas.getByText(/Choose a longer window/)).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: 'Last 30 days' }));
    await expect(args.onTimeWindowChange).toHaveBeenCalled();
  },
};

/** The view owns the signed-out state: no window control, no table, one line to log in. */
export const SignedOut: Story = {
  args: { pages: threePages, signedOut: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Predictions' })).toBeVisible();
    await expect(canvas.getByText('Log in to see the predictions.')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** Placed under a page's h2: the table's heading is an h3; `className` joins the root's. */
export const HeadingLevel: Story = {
  args: { pages: [page(makePredictions(3), 3, false)], headingLevel: 3, className: 'story-table' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Predictions' })).toBeVisible();
    await expect(
      canvasElement.querySelector('.konan.konan-predictions-table.story-table'),
    ).not.toBeNull();
  },
};

export const ServerError: Story = errorAlertStory({
  error: {
    status: 500,
    method: 'GET',
    url: 'https://api.konan.ai/deployments/5b0c7e2e/predictions/',
    serverMessage: 'Internal server error',
  },
  title: 'The predictions could not be loaded',
  hides: 'table',
});

export const FeedbackPresentAndMissing: Story = {
  args: { pages: [page(makePredictions(10), 10, false)] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('All 10 predictions shown')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Load more' })).toBeNull();
    // Rows 3, 4, 8 and 9 have no feedback (i % 5 >= 3).
    await expect(canvas.getAllByText('No feedback')).toHaveLength(4);
    const first = canvasElement.querySelector('tbody tr');
    await expect(first).toHaveTextContent('label: rejected');
  },
};

export const LoadMore: Story = {
  args: { autoLoad: false },
  render: (args) => <Paged {...args} total={250} />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rowsOf(canvasElement)).toBe(100);
    await expect(canvas.getByText('Showing 100 of 250 predictions')).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Load more' });
    await userEvent.click(button);
    await expect(args.onLoadMore).toHaveBeenCalledOnce();
    await expect(canvas.getByText('Loading more predictions…')).toBeVisible();
    // The button keeps the focus while the page loads; pressing it again does nothing.
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onLoadMore).toHaveBeenCalledOnce();
    await waitFor(() => expect(rowsOf(canvasElement)).toBe(200));
    await expect(canvas.getByText('Showing 200 of 250 predictions')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rowsOf(canvasElement)).toBe(250));
    await expect(canvas.getByText('All 250 predictions shown')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Load more' })).toBeNull();
  },
};

export const AutoLoadOnScroll: Story = {
  render: (args) => <Paged {...args} total={300} delayMs={100} />,
  play: async ({ canvasElement }) => {
    await expect(rowsOf(canvasElement)).toBe(100);
    const scroller = canvasElement.querySelector('.konan-predictions-table-scroll');
    scroller?.scrollTo({ top: scroller.scrollHeight });
    await waitFor(() => expect(rowsOf(canvasElement)).toBe(200));
  },
};

export const LoadMoreError: Story = {
  args: {
    pages: [page(makePredictions(100), 2500, true)],
    hasMore: true,
    error: new KonanNetworkError(
      'Konan could not be reached (GET https://api.konan.ai/deployments/5b0c7e2e/predictions/?page=2). Check your connection.',
    ),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rowsOf(canvasElement)).toBe(100);
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The next predictions could not be loaded',
    );
    await expect(canvas.queryByRole('button', { name: 'Load more' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Whatever the server sends: missing keys, nulls, long text, markup, nested JSON, repeats. Markup renders as inert text. */
export const HostileInput: Story = {
  name: 'Hostile input',
  args: {
    pages: [
      page(
        [
          { uuid: 'a1', output: null },
          {
            uuid: 'a2',
            output: '<img src=x onerror=alert(1)>',
            features: { note: '<script>alert(1)</script>', tags: ['a', 'b'], nested: { deep: 1 } },
            feedback: 'approved',
          },
          {
            uuid: 'a3',
            output: { text: 'x'.repeat(300) },
            features: [1, 2, 3, 4, 5],
            feedback: { label: 'rejected', reviewer: { id: 7 } },
          },
        ],
        4,
        false,
      ),
      page(
        [
          { uuid: 'a3', output: 'repeated on the next page' },
          { uuid: 'a4', output: 1.23456789 },
        ],
        4,
        false,
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rowsOf(canvasElement)).toBe(4);
    await expect(canvas.queryByRole('columnheader', { name: 'Created' })).toBeNull();
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(canvas.getByText('1.2346')).toBeVisible();
    await expect(canvas.getByText('[1, 2, 3, +2 more]')).toBeVisible();
  },
};

export const Dark: Story = {
  args: { pages: [page(makePredictions(12), 12, false)] },
  decorators: [withKonanUI({ theme: 'dark' })],
};

export const ConnectedClassifier: Story = {
  ...konanStory(),
  render: () => (
    <ConnectedPredictionsTable deploymentUuid={storyDemo.classifier} autoLoad={false} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Loading predictions…')).toBeVisible();
    await canvas.findByRole('table', undefined, { timeout: 10_000 });
    await expect(rowsOf(canvasElement)).toBe(100);
    await expect(canvas.getByText(/^Showing 100 of [\d,]+ predictions$/)).toBeVisible();
    await expect(canvas.getAllByText(/label: (approved|rejected)/).length).toBeGreaterThan(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rowsOf(canvasElement)).toBe(200), { timeout: 10_000 });
  },
};

export const ConnectedEmptyWindow: Story = {
  ...konanStory(),
  render: () => (
    <ConnectedPredictionsTable
      deploymentUuid={storyDemo.regressor}
      timeWindow={{ start: new Date(2020, 0, 1), end: new Date(2020, 0, 8) }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('No predictions in this window', undefined, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const ConnectedServerError: Story = {
  ...recoversFromOneServerError(
    {
      method: 'GET',
      path: /\/predictions\/$/,
      status: 403,
      detail: 'You do not have permission to perform this action.',
    },
    (canvas) => canvas.findByRole('table', undefined, { timeout: 10_000 }),
  ),
  render: () => <ConnectedPredictionsTable deploymentUuid={storyDemo.classifier} />,
};

export const ConnectedSignedOut: Story = {
  ...signedOutStory('Log in to see the predictions.'),
  render: () => <ConnectedPredictionsTable deploymentUuid={storyDemo.classifier} />,
};

/**
 * The row with the focus is the table's tab stop, however it got the focus (a click, a screen
 * reader moving to it), and the arrow keys move on from there. A row reached with ArrowUp is
 * never hidden under the sticky column headers.
 */
export const KeyboardFromAnyRow: Story = {
  args: { pages: [page(makePredictions(30), 30, false)] },
  play: async ({ canvasElement }) => {
    const toggles = () => [
      ...canvasElement.querySelectorAll<HTMLButtonElement>('.konan-predictions-table-toggle'),
    ];
    toggles()[5]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(toggles()[6]).toHaveFocus();
    await expect(toggles().filter((t) => t.tabIndex === 0)).toEqual([toggles()[6]]);
    // Modified keys are the browser's (Ctrl+Home scrolls the page), not a row move.
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect(toggles()[6]).toHaveFocus();

    await userEvent.keyboard('{End}');
    await expect(toggles()[29]).toHaveFocus();
    for (let i = 0; i < 26; i++) await userEvent.keyboard('{ArrowUp}');
    const focused = toggles()[3] as HTMLButtonElement;
    await expect(focused).toHaveFocus();
    const head = canvasElement.querySelector('thead') as HTMLElement;
    await expect(focused.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      head.getBoundingClientRect().bottom - 1,
    );
  },
};
