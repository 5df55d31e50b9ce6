import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import type { KonanFeedbackStatus, KonanFeedbacksResult } from '../src/client/data-types';
import { KonanHttpError, KonanNetworkError, KonanSessionError } from '../src/client/errors';
import { FeedbackResultsTable } from '../src/components/feedback-results-table';
import { Button, KonanRoot, KonanUIProvider } from '../src/components/shared';
import { createRandom } from '../src/emulator/prng';
import { usePredictions, useSubmitFeedbacks } from '../src/react';
import { expectHeadersFit, expectHeadersOverValues } from './support/column-alignment';
import { withKonanUI } from './support/decorators';
import { konanStory, storyDemo } from './support/konan';
import { expectSegmentRowsFill } from './support/segmented';

const FEEDBACK_URL =
  'https://api.konan.ai/deployments/5b0c7e2e-1d4b-4f7e-9a51-0c2f3d9b8a11/predictions/feedback/';

/** A deterministic pseudo-random generator (the emulator's), so every run shows the same rows. */
const random = (seed: number) => createRandom(seed).next;

function uuid(next: () => number): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const messages: Record<number, string> = {
  201: 'Feedback recorded.',
  404: 'No prediction with this UUID in this deployment.',
  409: 'Feedback already recorded for this prediction.',
};

/** A result with the given counts; not-sent items come in whole chunks, as the client sends them. */
function makeResult(counts: { accepted: number; rejected: number; notSent: number }, seed = 7) {
  const next = random(seed);
  const total = counts.accepted + counts.rejected + counts.notSent;
  const statuses: KonanFeedbackStatus[] = [];
  let accepted = counts.accepted;
  let rejected = counts.rejected;
  while (accepted + rejected > 0) {
    const accept = rejected === 0 || (accepted > 0 && next() < accepted / (accepted + rejected));
    const status = accept ? 201 : next() < 0.6 ? 404 : 409;
    statuses.push({
      predictionUuid: uuid(next),
      status,
      message: messages[status] ?? '',
      accepted: accept,
    });
    if (accept) accepted--;
    else rejected--;
  }
  const unavailable = new KonanHttpError({
    status: 503,
    method: 'POST',
    url: FEEDBACK_URL,
    serverMessage: 'Service unavailable',
  });
  const offline = new KonanNetworkError(
    'Could not reach Konan at https://api.konan.ai: the network request failed. Check the connection and try again.',
  );
  const notSent = Array.from({ length: counts.notSent }, (_, i) => ({
    submission: { predictionUuid: uuid(next), target: { label: 'approved' } },
    reason: Math.floor(i / 500) % 2 === 0 ? unavailable : offline,
  }));
  return {
    statuses,
    accepted: counts.accepted,
    rejected: counts.rejected,
    notSent,
    total,
  } satisfies KonanFeedbacksResult;
}

/** Mixed outcomes, with the server's own words. */
function mixedResult(): KonanFeedbacksResult {
  return makeResult({ accepted: 28, rejected: 8, notSent: 4 }, 11);
}

/** Mixed outcomes, including server text a spreadsheet or a browser must not execute. */
function hostileResult(): KonanFeedbacksResult {
  const result = mixedResult();
  const first = result.statuses.find((status) => !status.accepted);
  if (first)
    first.message = '=HYPERLINK("http://evil.example","Click") <img src=x onerror=alert(1)>';
  return result;
}

const huge = { result: undefined as KonanFeedbacksResult | undefined };
function hugeResult(): KonanFeedbacksResult {
  huge.result ??= makeResult({ accepted: 80_000, rejected: 15_000, notSent: 5_000 }, 3);
  return huge.result;
}

const meta = {
  title: 'Components/FeedbackResultsTable',
  component: FeedbackResultsTable,
  args: { result: undefined },
  decorators: [withKonanUI()],
  parameters: {
    docs: {
      description: {
        component:
          'How Konan received each item of a feedback submission. Virtualized: 100,000 rows keep a few dozen DOM rows. Feed it from `useSubmitFeedbacks`: `result={submission.data}`, `pending={submission.isPending}`, `progress={submission.progress}`, `error={submission.error}`, `onRetryNotSent={submission.retryNotSent}`.',
      },
    },
  },
} satisfies Meta<typeof FeedbackResultsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Nothing submitted yet');
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

export const Submitting: Story = {
  args: {
    pending: true,
    progress: { done: 1_500, total: 5_000, accepted: 1_400, rejected: 80, notSent: 20 },
  },
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Submitting feedback…' });
    await expect(bar).toHaveAttribute('aria-valuenow', '1500');
    await expect(bar).toHaveAttribute('aria-valuemax', '5000');
    await expect(canvas.getByText('1,500 of 5,000 items answered')).toBeVisible();
    await expect(canvas.getByText('1,400 accepted · 80 rejected · 20 not sent')).toBeVisible();
  },
};

export const StartingSubmission: Story = {
  name: 'Submitting (no progress yet)',
  args: { pending: true, progress: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar')).not.toHaveAttribute('value');
    await expect(canvas.getByText('Submitting feedback…')).toBeVisible();
  },
};

export const Mixed: Story = {
  name: 'Success (mixed outcomes)',
  loaders: [async () => ({ result: mixedResult() })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  args: { onRetryNotSent: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = within(canvas.getByRole('region', { name: 'Summary' }));
    await expect(summary.getByText('Accepted').nextElementSibling).toHaveTextContent('28');
    await expect(summary.getByText('Rejected').nextElementSibling).toHaveTextContent('8');
    await expect(summary.getByText('Not sent').nextElementSibling).toHaveTextContent('4');
    await expect(summary.getByText('Total').nextElementSibling).toHaveTextContent('40');
    const table = canvas.getByRole('table', { name: 'Feedback items' });
    await expect(table).toHaveAttribute('aria-rowcount', '41');
    await expectHeadersOverValues(table);
    // The UUID column gives the message the room; the whole UUID is its tooltip.
    const uuidCell = canvasElement.querySelector(
      '.konan-feedback-results-table-uuid',
    ) as HTMLElement;
    const messageCell = canvasElement.querySelector(
      '.konan-feedback-results-table-message',
    ) as HTMLElement;
    await expect(uuidCell).toHaveAttribute('title', uuidCell.textContent ?? '');
    await expect(messageCell.clientWidth).toBeGreaterThan(uuidCell.clientWidth);
  },
};

/** Server text a spreadsheet or a browser must not execute renders as inert text. */
export const HostileInput: Story = {
  name: 'Hostile input',
  loaders: [async () => ({ result: hostileResult() })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(/^=HYPERLINK\("http:\/\/evil\.example","Click"\) <img/),
    ).toBeVisible();
    await expect(canvasElement.querySelector('img, script')).toBeNull();
  },
};

export const Dark: Story = {
  name: 'Success (dark theme)',
  loaders: [async () => ({ result: mixedResult() })],
  render: (args, { loaded }) => (
    <KonanUIProvider locale="en-US" theme="dark">
      <FeedbackResultsTable {...args} result={loaded.result} />
    </KonanUIProvider>
  ),
  args: { onRetryNotSent: fn() },
};

export const AllAccepted: Story = {
  loaders: [async () => ({ result: makeResult({ accepted: 250, rejected: 0, notSent: 0 }) })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  args: { onRetryNotSent: fn() },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Every item was accepted.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    await expect(canvas.getByText('Showing all 250 items')).toBeVisible();
  },
};

export const ServerError: Story = {
  args: { error: new KonanSessionError('session_expired') },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('The feedback could not be submitted');
    await expect(alert).toHaveTextContent('The Konan session has expired');
    await expect(canvas.queryByText('Nothing submitted yet')).not.toBeInTheDocument();
  },
};

export const NotSentWithRetry: Story = {
  name: 'Not sent, with retry',
  loaders: [async () => ({ result: makeResult({ accepted: 500, rejected: 20, notSent: 1_000 }) })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  args: { onRetryNotSent: fn() },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText(/1,000 items never got an answer from Konan/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry 1,000 items not sent' }));
    await expect(args.onRetryNotSent).toHaveBeenCalledTimes(1);
    // The not-sent rows say why: the request's status and message.
    await userEvent.click(canvas.getByRole('button', { name: /^Not sent/ }));
    const firstRow = canvas.getAllByRole('row')[1] as HTMLElement;
    await expect(firstRow).toHaveTextContent('503');
    await expect(firstRow).toHaveTextContent('Service unavailable');
  },
};

export const Retrying: Story = {
  loaders: [async () => ({ result: makeResult({ accepted: 500, rejected: 20, notSent: 1_000 }) })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  args: {
    onRetryNotSent: fn(),
    pending: true,
    progress: { done: 1_020, total: 1_520, accepted: 1_000, rejected: 20, notSent: 0 },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Retrying…' })).toBeDisabled();
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1020');
  },
};

export const FilterSortSearch: Story = {
  name: 'Filter, sort and search',
  loaders: [async () => ({ result: mixedResult() })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Feedback items' });

    await userEvent.click(canvas.getByRole('button', { name: 'Rejected 8' }));
    await expect(canvas.getByRole('button', { name: 'Rejected 8' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByText('Showing 8 of 40 items')).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', '9');

    await userEvent.click(canvas.getByRole('button', { name: 'Status' }));
    await expect(canvas.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const statuses = () =>
      canvas
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(row.querySelectorAll('td')[2]?.textContent));
    await expect(statuses()).toEqual([...statuses()].sort((a, b) => a - b));
    await userEvent.click(canvas.getByRole('button', { name: 'Status' }));
    await expect(canvas.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(statuses()).toEqual([...statuses()].sort((a, b) => b - a));
    await expect(statuses()[0]).toBe(409);

    // Search by a piece of a UUID, in upper case.
    await userEvent.click(canvas.getByRole('button', { name: 'All 40' }));
    const uuidCell = canvas.getAllByRole('row')[3]?.querySelector('td');
    const wanted = uuidCell?.textContent ?? '';
    await userEvent.type(
      canvas.getByRole('searchbox', { name: 'Search by prediction UUID' }),
      wanted.slice(9, 18).toUpperCase(),
    );
    await waitFor(() => expect(canvas.getByText('Showing 1 of 40 items')).toBeVisible());
    await expect(canvas.getAllByRole('row')[1]).toHaveTextContent(wanted);

    await userEvent.clear(canvas.getByRole('searchbox'));
    await userEvent.type(canvas.getByRole('searchbox'), 'no-such-uuid');
    await waitFor(() => expect(canvas.getByText('No items match')).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(canvas.getByText('Showing all 40 items')).toBeVisible());
  },
};

export const ExportCsv: Story = {
  name: 'Export as CSV',
  loaders: [async () => ({ result: hostileResult() })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  play: async ({ canvas }) => {
    const createUrl = spyOn(URL, 'createObjectURL');
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Rejected 8' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
      await expect(createUrl).toHaveBeenCalledTimes(1);
      const blob = createUrl.mock.calls[0]?.[0] as Blob;
      const csv = (await blob.text()).replace(/^\uFEFF/, '');
      const lines = csv.trimEnd().split('\r\n');
      await expect(lines[0]).toBe('"prediction_uuid","outcome","status","message"');
      await expect(lines).toHaveLength(9);
      // A formula from the server stays text in a spreadsheet.
      await expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"") <img`);
    } finally {
      createUrl.mockRestore();
    }
  },
};

export const LargeData: Story = {
  name: '100,000 rows',
  loaders: [async () => ({ result: hugeResult() })],
  render: (args, { loaded }) => <FeedbackResultsTable {...args} result={loaded.result} />,
  args: { onRetryNotSent: fn() },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Feedback items' });
    await expect(table).toHaveAttribute('aria-rowcount', '100001');
    await expect(canvas.getAllByRole('row').length).toBeLessThanOrEqual(100);

    // Keyboard: the table scrolls from the keyboard, to the very last row.
    const scroller = canvas.getByRole('region', { name: 'Feedback items' });
    scroller.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(table.querySelector('[aria-rowindex="100001"]')).toBeInTheDocument(),
    );
    // Rows have one height, so the end is where it was computed to be: the last row shows whole.
    const last = table.querySelector('[aria-rowindex="100001"]') as HTMLElement;
    await expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      scroller.getBoundingClientRect().bottom + 1,
    );
    await expect(scroller.scrollTop + scroller.clientHeight).toBeGreaterThanOrEqual(
      scroller.scrollHeight - 1,
    );
    await expect(canvas.getAllByRole('row').length).toBeLessThanOrEqual(100);
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(table.querySelector('[aria-rowindex="2"]')).toBeInTheDocument());
    const before = scroller.scrollTop;
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(scroller.scrollTop).toBeGreaterThan(before));

    await userEvent.click(canvas.getByRole('button', { name: 'Rejected 15,000' }));
    await expect(canvas.getByText('Showing 15,000 of 100,000 items')).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', '15001');
    await expect(canvas.getAllByRole('row').length).toBeLessThanOrEqual(100);

    await userEvent.click(canvas.getByRole('button', { name: 'Outcome' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Prediction UUID' }));
    await expect(canvas.getByRole('columnheader', { name: 'Prediction UUID' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  },
};

const longReason =
  'Feedback can only be recorded for predictions of an active deployment: this one was archived. Restore the deployment, or send the feedback to the deployment that replaced it.';

/** Long server reasons, in a narrow space: one line each, cut with an ellipsis. */
function longReasonsResult(): KonanFeedbacksResult {
  const result = makeResult({ accepted: 6, rejected: 6, notSent: 0 }, 5);
  for (const status of result.statuses) if (!status.accepted) status.message = longReason;
  return result;
}

export const LongMessages: Story = {
  name: 'Long server messages',
  loaders: [async () => ({ result: longReasonsResult() })],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 820 }}>
      <FeedbackResultsTable {...args} result={loaded.result} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole('row').slice(1);
    // Every row is one line tall, whatever its text, so the virtualized body never re-measures.
    const heights = new Set(rows.map((row) => Math.round(row.getBoundingClientRect().height)));
    await expect(heights.size).toBe(1);

    const long = rows.find((row) => row.textContent?.includes(longReason)) as HTMLElement;
    const cell = long.querySelectorAll('td')[3] as HTMLElement;
    // The whole reason is in the DOM (read by screen readers, found by search in page)...
    await expect(cell).toHaveTextContent(longReason);
    await expect(cell.scrollWidth).toBeGreaterThan(cell.clientWidth);
    // ...and shows whole as a tooltip when the pointer is over the cut cell.
    await userEvent.hover(cell);
    await expect(cell).toHaveAttribute('title', longReason);
    await userEvent.unhover(cell);
    await expect(cell).not.toHaveAttribute('title');

    const short = rows.find((row) =>
      row.textContent?.includes('Feedback recorded.'),
    ) as HTMLElement;
    const shortCell = short.querySelectorAll('td')[3] as HTMLElement;
    await userEvent.hover(shortCell);
    await expect(shortCell).not.toHaveAttribute('title');

    // By keyboard: Tab reaches the cut message (not the whole one), and its whole text shows.
    await expect(shortCell).not.toHaveAttribute('tabindex');
    canvas.getByRole('region', { name: 'Feedback items' }).focus();
    for (let i = 0; i < 20 && document.activeElement !== cell; i++) await userEvent.tab();
    await expect(cell).toHaveFocus();
    const full = canvasElement.querySelector('.konan-feedback-results-table-full-message');
    await expect(full).toHaveTextContent(`Full message: ${longReason}`);
    await expect(full).toBeVisible();
    await userEvent.tab({ shift: true });
    await expect(
      canvasElement.querySelector('.konan-feedback-results-table-full-message'),
    ).toBeNull();
  },
};

/** An app's own submit button, with `FeedbackResultsTable` fed from `useSubmitFeedbacks`. */
function SubmitDemoFeedback() {
  const submission = useSubmitFeedbacks(storyDemo.classifier, { chunkSize: 4, concurrency: 1 });
  const [window] = useState(() => ({
    start: new Date(Date.now() - 30 * 86_400_000),
    end: new Date(),
  }));
  const predictions = usePredictions(storyDemo.classifier, window);
  const items = useMemo(() => {
    const all = predictions.data?.pages.flatMap((page) => page.predictions) ?? [];
    if (all.length < 10) return null;
    return [
      ...all.slice(0, 10).map((p) => ({ predictionUuid: p.uuid, target: { label: 'approved' } })),
      { predictionUuid: '00000000-0000-4000-8000-000000000000', target: 'approved' },
    ];
  }, [predictions.data]);
  return (
    <>
      <KonanRoot style={{ marginBottom: 16 }}>
        <Button
          variant="primary"
          disabled={!items || submission.isPending}
          onClick={() => items && submission.mutate(items)}
        >
          Submit feedback for 11 predictions
        </Button>
      </KonanRoot>
      <FeedbackResultsTable
        result={submission.data}
        pending={submission.isPending}
        progress={submission.progress}
        error={submission.error}
        onRetryNotSent={submission.retryNotSent}
        height={300}
      />
    </>
  );
}

export const Connected: Story = {
  ...konanStory({
    faults: [{ method: 'POST', path: /predictions\/feedback/, status: 503, times: 1 }],
  }),
  name: 'Connected (emulator): a chunk fails, retry',
  render: () => <SubmitDemoFeedback />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Nothing submitted yet');
    const submit = canvas.getByRole('button', { name: 'Submit feedback for 11 predictions' });
    await waitFor(() => expect(submit).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(submit);
    const summary = within(
      await canvas.findByRole('region', { name: 'Summary' }, { timeout: 10_000 }),
    );
    // The first chunk of four met a 503: those four were not sent, the rest were answered.
    await expect(summary.getByText('Not sent').nextElementSibling).toHaveTextContent('4');
    await expect(summary.getByText('Total').nextElementSibling).toHaveTextContent('11');
    await userEvent.click(canvas.getByRole('button', { name: 'Not sent 4' }));
    await expect(canvas.getAllByRole('row')[1]).toHaveTextContent('503');

    await userEvent.click(canvas.getByRole('button', { name: 'Retry 4 items not sent' }));
    await waitFor(
      () => expect(summary.getByText('Not sent').nextElementSibling).toHaveTextContent('0'),
      { timeout: 10_000 },
    );
    await expect(summary.getByText('Total').nextElementSibling).toHaveTextContent('11');
    await expect(canvas.getByText('No items match')).toBeVisible();
    // The unknown prediction was rejected with 404.
    await userEvent.click(canvas.getByRole('button', { name: /^Rejected/ }));
    await expect(canvas.getByRole('table', { name: 'Feedback items' })).toHaveTextContent('404');
  },
};

/**
 * On a 390 px phone the table scrolls sideways under a visible hint; the prediction UUIDs stay in
 * view while the other columns pass under them, and every cell keeps its words whole.
 */
export const Phone: Story = {
  loaders: [async () => ({ result: mixedResult() })],
  render: (args, { loaded }) => (
    <div style={{ inlineSize: 358 }}>
      <FeedbackResultsTable {...args} result={loaded.result} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole('region', { name: 'Feedback items' });
    await expect(await canvas.findByText(/Scroll sideways to see every column/)).toBeVisible();
    await expect(region).toHaveAccessibleDescription(/Scroll sideways to see every column/);
    // The narrow UUID column wraps its header rather than writing over "Outcome".
    await expectHeadersFit(canvas.getByRole('table', { name: 'Feedback items' }));
    // The outcome filters take two rows, each as wide as the group.
    const filters = canvas.getByRole('group', { name: 'Show outcome' });
    await expect(await expectSegmentRowsFill(filters)).toBe(2);
    const firstRow = () => region.querySelector('tbody tr') as HTMLElement;
    const uuid = () => firstRow().firstElementChild as HTMLElement;
    const message = () => firstRow().lastElementChild as HTMLElement;
    await expect(getComputedStyle(message()).whiteSpace).toBe('nowrap');
    await expect(getComputedStyle(message()).wordBreak).toBe('normal');
    // Scrolled to the end: the UUID is still at the start edge, the message is in view.
    region.scrollLeft = region.scrollWidth;
    await waitFor(() => {
      const frame = region.getBoundingClientRect();
      expect(Math.abs(uuid().getBoundingClientRect().left - frame.left)).toBeLessThanOrEqual(2);
      expect(message().getBoundingClientRect().right).toBeLessThanOrEqual(frame.right + 1);
    });
  },
};
