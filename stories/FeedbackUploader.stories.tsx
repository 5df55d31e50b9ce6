import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo, useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type {
  KonanFeedbackProgress,
  KonanFeedbackSubmission,
  KonanFeedbacksResult,
} from '../src/client/data-types';
import { KonanNetworkError, KonanSessionError } from '../src/client/errors';
import {
  ConnectedFeedbackUploader,
  type ConnectedFeedbackUploaderProps,
  FeedbackUploader,
  type FeedbackUploaderProps,
} from '../src/components/feedback-uploader';
import { KonanRoot } from '../src/components/shared';
import { usePredictions } from '../src/react';
import { expectHeadersOverValues } from './support/column-alignment';
import { withKonanUI } from './support/decorators';
import { konanStory, storyDemo } from './support/konan';

const uuid = (n: number) => `7c9e6679-7425-40de-944b-${n.toString(16).padStart(12, '0')}`;

const validCsv = [
  '\uFEFFprediction_uuid,target',
  `${uuid(1)},approved`,
  `${uuid(2)},"{""label"": ""rejected""}"`,
  `${uuid(3)},"approved, after a manual review"`,
  `${uuid(4)},"two-line`,
  `note"`,
  ...Array.from({ length: 8 }, (_, i) => `${uuid(5 + i)},${i % 2 ? 'approved' : 'rejected'}`),
].join('\r\n');

const invalidCsv = [
  'prediction_uuid,target', // 1
  `${uuid(1)},approved`, // 2
  `${uuid(2)},`, // 3: empty target
  `${uuid(1)},rejected`, // 4: duplicate of line 2
  `${uuid(3)},"approved"x`, // 5: text after a closing quote
  `${uuid(4)},approved,extra`, // 6: one value too many
  `${uuid(5)},"{""label"": }"`, // 7: broken JSON target
  `${uuid(6)},rejected`, // 8
].join('\n');

/** Ten rows; the quote opened on row 5 (line 6) is never closed. */
const unclosedQuoteCsv = [
  'prediction_uuid,target',
  ...Array.from({ length: 10 }, (_, i) =>
    i === 4 ? `${uuid(31 + i)},"approved, after review` : `${uuid(31 + i)},"{""label"": ""ok""}"`,
  ),
].join('\r\n');

const jsonFile = JSON.stringify(
  {
    feedback: [
      { prediction_uuid: uuid(21), target: { label: 'approved' } },
      { prediction_uuid: uuid(22), target: 'rejected' },
      { prediction_uuid: uuid(23), target: { value: 412_000 } },
    ],
  },
  null,
  2,
);

const file = (text: string, name: string, type = 'text/csv') => new File([text], name, { type });

/** What a submission of `items` could come back as: one rejected, two not sent, the rest accepted. */
function partialResult(items: readonly KonanFeedbackSubmission[]): KonanFeedbacksResult {
  const [rejected, ...rest] = items;
  const lost = rest.slice(0, 2);
  const accepted = rest.slice(2);
  const offline = new KonanNetworkError(
    'Could not reach Konan at https://api.konan.ai: the network request failed. Check the connection and try again.',
  );
  return {
    statuses: [
      ...(rejected
        ? [
            {
              predictionUuid: rejected.predictionUuid,
              status: 409,
              message: 'Feedback already recorded for this prediction.',
              accepted: false,
            },
          ]
        : []),
      ...accepted.map((item) => ({
        predictionUuid: item.predictionUuid,
        status: 201,
        message: 'Feedback recorded.',
        accepted: true,
      })),
    ],
    accepted: accepted.length,
    rejected: rejected ? 1 : 0,
    notSent: lost.map((submission) => ({ submission, reason: offline })),
    total: items.length,
  };
}

/**
 * The view with a fake server behind it: submitting shows progress for a moment, then a result
 * with a rejected and not-sent items (`partial`) or an error (`error`). Retrying succeeds.
 */
function SimulatedUploader({
  outcome,
  ...args
}: FeedbackUploaderProps & { outcome: 'partial' | 'error' }) {
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<KonanFeedbackProgress | null>(null);
  const [result, setResult] = useState<KonanFeedbacksResult | undefined>();
  const [error, setError] = useState<unknown>();
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const run = (total: number, finish: () => void) => {
    setPending(true);
    setError(undefined);
    setProgress({ done: 0, total, accepted: 0, rejected: 0, notSent: 0 });
    const half = Math.floor(total / 2);
    timers.current.push(
      window.setTimeout(
        () => setProgress({ done: half, total, accepted: half, rejected: 0, notSent: 0 }),
        150,
      ),
      window.setTimeout(() => {
        setPending(false);
        finish();
      }, 400),
    );
  };
  return (
    <FeedbackUploader
      {...args}
      pending={pending}
      progress={progress}
      result={result}
      error={error}
      onSubmit={(items) => {
        args.onSubmit(items);
        run(items.length, () =>
          outcome === 'partial'
            ? setResult(partialResult(items))
            : setError(new KonanSessionError('session_expired')),
        );
      }}
      onRetryNotSent={() => {
        args.onRetryNotSent?.();
        if (!result) return;
        run(result.notSent.length, () =>
          setResult({
            ...result,
            statuses: [
              ...result.statuses,
              ...result.notSent.map(({ submission }) => ({
                predictionUuid: submission.predictionUuid,
                status: 201,
                message: 'Feedback recorded.',
                accepted: true,
              })),
            ],
            accepted: result.accepted + result.notSent.length,
            notSent: [],
          }),
        );
      }}
      onReset={() => {
        setResult(undefined);
        setError(undefined);
        args.onReset?.();
      }}
    />
  );
}

const meta = {
  title: 'Components/FeedbackUploader',
  component: FeedbackUploader,
  args: { onSubmit: fn(), onCancel: fn(), onReset: fn(), onRetryNotSent: fn() },
  decorators: [withKonanUI()],
  parameters: {
    docs: {
      description: {
        component:
          'Bulk ground truth from a CSV or JSON file, validated in the browser before anything is sent. Use `ConnectedFeedbackUploader deploymentUuid={…}` inside `KonanProvider`.',
      },
    },
  },
} satisfies Meta<typeof FeedbackUploader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  name: 'Empty (no file)',
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText('Choose a file');
    await expect(input).toHaveAttribute('type', 'file');
    await expect(input).toHaveAccessibleDescription(/prediction_uuid and target/);
    // The file input is the first stop of the keyboard.
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: /^Submit/ })).not.toBeInTheDocument();
  },
};

export const ValidCsv: Story = {
  name: 'Valid CSV',
  play: async ({ args, canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Choose a file'), file(validCsv, 'feedback.csv'));
    await expect(await canvas.findByText('feedback.csv · CSV · 12 rows')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('All 12 rows are valid.');
    const preview = canvas.getByRole('table', { name: /Preview/ });
    await expect(preview).toHaveAccessibleName('Preview First 10 of 12 rows');
    await expectHeadersOverValues(preview);
    await expect(within(preview).getAllByRole('row')).toHaveLength(11);
    // The multi-line quoted target is one row; the next row starts on line 7.
    await expect(within(preview).getByText(/^two-line\s+note$/)).toBeVisible();
    await expect(within(preview).getAllByRole('row')[5]).toHaveTextContent(/^7/);

    await userEvent.click(canvas.getByRole('button', { name: 'Submit 12 rows' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    const items = (args.onSubmit as ReturnType<typeof fn>).mock.calls[0]?.[0];
    await expect(items).toHaveLength(12);
    await expect(items[0]).toEqual({ predictionUuid: uuid(1), target: 'approved' });
    await expect(items[1]).toEqual({ predictionUuid: uuid(2), target: { label: 'rejected' } });
    await expect(items[2].target).toBe('approved, after a manual review');
  },
};

export const JsonFile: Story = {
  name: 'JSON file',
  play: async ({ args, canvas }) => {
    await userEvent.upload(
      canvas.getByLabelText('Choose a file'),
      file(jsonFile, 'feedback.json', 'application/json'),
    );
    await expect(await canvas.findByText('feedback.json · JSON · 3 rows')).toBeVisible();
    const preview = canvas.getByRole('table', { name: /Preview/ });
    await expect(within(preview).getByRole('columnheader', { name: 'Item' })).toBeVisible();
    await expect(within(preview).getByText('{"value":412000}')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Submit 3 rows' }));
    await expect(args.onSubmit).toHaveBeenCalledWith([
      { predictionUuid: uuid(21), target: { label: 'approved' } },
      { predictionUuid: uuid(22), target: 'rejected' },
      { predictionUuid: uuid(23), target: { value: 412_000 } },
    ]);
  },
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ args, canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Choose a file'), file(invalidCsv, 'bad.csv'));
    const title = await canvas.findByText('5 problems found');
    const report = title.closest('[role="status"]') as HTMLElement;
    await expect(report).toHaveTextContent('2 of 7 rows can be submitted.');
    const problems = within(report)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    await expect(problems).toEqual([
      'Line 3: The target is empty.',
      `Line 4: Duplicate prediction_uuid ${uuid(1)}: it is first on line 2.`,
      'Line 5: Unexpected text after a closing quote. Quote the whole value and double the quotes inside it ("").',
      'Line 6: Has 3 values where the header has 2. Quote values that contain commas.',
      expect.stringMatching(/^Line 7: The target looks like JSON but cannot be read: /),
    ]);
    // Nothing goes out while there are problems...
    const submit = canvas.getByRole('button', { name: 'Submit 2 valid rows' });
    await expect(submit).toBeDisabled();
    await expect(submit).toHaveAccessibleDescription(/Fix the problems above/);
    // ...unless the user chooses to skip the rows that have them.
    await userEvent.click(canvas.getByRole('checkbox', { name: /Skip the 5 rows with problems/ }));
    await expect(submit).toBeEnabled();
    await userEvent.click(submit);
    await expect(args.onSubmit).toHaveBeenCalledWith([
      { predictionUuid: uuid(1), target: 'approved' },
      { predictionUuid: uuid(6), target: 'rejected' },
    ]);
  },
};

/** Only the valid rows were sent: the result says how many of the file's rows were left out. */
export const SkippedRows: Story = {
  name: 'Result after skipping rows with problems',
  render: (args) => <SimulatedUploader {...args} outcome="partial" />,
  play: async ({ canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Choose a file'), file(invalidCsv, 'bad.csv'));
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: /Skip the 5 rows with problems/ }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Submit 2 valid rows' }));
    await canvas.findByRole('region', { name: 'Summary' }, { timeout: 3000 });
    await expect(
      canvas.getByText('2 rows sent; 5 rows with problems were skipped and not sent.'),
    ).toBeVisible();
  },
};

export const UnclosedQuote: Story = {
  name: 'Unclosed quote',
  play: async ({ canvas }) => {
    await userEvent.upload(
      canvas.getByLabelText('Choose a file'),
      file(unclosedQuoteCsv, 'unclosed.csv'),
    );
    const title = await canvas.findByText('1 problem found');
    const report = title.closest('[role="status"]') as HTMLElement;
    // Every row is counted and read: the open quote does not swallow the rows after it.
    await expect(report).toHaveTextContent('9 of 10 rows can be submitted.');
    await expect(within(report).getByRole('listitem')).toHaveTextContent(
      'Line 6: A quote opened on this line is not closed, so this row cannot be read; the rows after it were read.',
    );
  },
};

export const FileProblems: Story = {
  name: 'Validation errors (whole file)',
  args: { maxBytes: 4_000 },
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText('Choose a file');
    const submitState = async () => {
      await expect(canvas.getByRole('button', { name: /^Submit/ })).toBeDisabled();
      await expect(canvas.getByText('Nothing in this file can be submitted.')).toBeVisible();
    };

    await userEvent.upload(input, file('uuid,label\nabc,approved\n', 'wrong-columns.csv'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Missing columns: prediction_uuid, target.',
    );
    await submitState();

    await userEvent.upload(input, file('', 'empty.csv'));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('The file is empty.'));
    await submitState();

    await userEvent.upload(
      input,
      file('[{"prediction_uuid": "a",', 'cut.json', 'application/json'),
    );
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The file is not valid JSON'),
    );

    await userEvent.upload(input, file('x'.repeat(10_000), 'huge.csv'));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'The file is 9.8 kB; the limit is 3.9 kB. Split it into smaller files.',
      ),
    );
    await submitState();
  },
};

export const PastedText: Story = {
  name: 'Pasted text',
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByText('Or paste CSV or JSON'));
    await userEvent.click(canvas.getByLabelText('Feedback as CSV or JSON'));
    await userEvent.paste(`prediction_uuid,target\n${uuid(31)},approved\n${uuid(32)},rejected`);
    await userEvent.click(canvas.getByRole('button', { name: 'Check pasted text' }));
    await expect(await canvas.findByText('Pasted text · CSV · 2 rows')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Submit 2 rows' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

export const Submitting: Story = {
  name: 'Submitting, with progress',
  args: {
    pending: true,
    progress: { done: 3_000, total: 12_000, accepted: 2_950, rejected: 50, notSent: 0 },
  },
  play: async ({ args, canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Submitting feedback…' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3000');
    await expect(bar).toHaveAttribute('aria-valuetext', '3,000 of 12,000 items answered');
    await expect(canvas.queryByLabelText('Choose a file')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
  },
};

export const SubmitAndRetry: Story = {
  name: 'Result with rejected and not sent (submit, then retry)',
  render: (args) => <SimulatedUploader {...args} outcome="partial" />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText('Choose a file'), file(validCsv, 'feedback.csv'));
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit 12 rows' }));
    await expect(await canvas.findByRole('progressbar')).toBeVisible();

    const count = await summaryOf(canvasElement);
    await expect(count('Accepted')).toHaveTextContent('9');
    await expect(count('Rejected')).toHaveTextContent('1');
    await expect(count('Not sent')).toHaveTextContent('2');
    await userEvent.click(canvas.getByRole('button', { name: 'Rejected 1' }));
    await expect(canvas.getByRole('table', { name: 'Feedback items' })).toHaveTextContent(
      'Feedback already recorded for this prediction.',
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Retry 2 items not sent' }));
    await expect(args.onRetryNotSent).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(count('Accepted')).toHaveTextContent('11'));
    await expect(canvas.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Upload another file' }));
    await expect(canvas.getByLabelText('Choose a file')).toBeInTheDocument();
    await expect(canvas.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();
  },
};

export const Result: Story = {
  name: 'Result (from props)',
  args: {
    result: partialResult(
      Array.from({ length: 40 }, (_, i) => ({ predictionUuid: uuid(100 + i), target: 'approved' })),
    ),
  },
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Retry 2 items not sent' }));
    await expect(args.onRetryNotSent).toHaveBeenCalledTimes(1);
  },
};

export const ServerError: Story = {
  name: 'Server error',
  render: (args) => <SimulatedUploader {...args} outcome="error" />,
  play: async ({ args, canvas }) => {
    await userEvent.upload(canvas.getByLabelText('Choose a file'), file(validCsv, 'feedback.csv'));
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit 12 rows' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The feedback could not be submitted');
    await expect(alert).toHaveTextContent('The Konan session has expired. Log in again.');
    // The file is still there: try again without choosing it again.
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(2);
  },
};

export const LargeFile: Story = {
  name: '100,000-row file',
  loaders: [
    async () => ({
      csv: `prediction_uuid,target\n${Array.from(
        { length: 100_000 },
        (_, i) => `${uuid(i)},"{""label"": ""${i % 3 ? 'approved' : 'rejected'}""}"`,
      ).join('\n')}`,
    }),
  ],
  play: async ({ args, canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(
      canvas.getByLabelText('Choose a file'),
      file(loaded.csv as string, 'week.csv'),
    );
    await expect(
      await canvas.findByText('week.csv · CSV · 100,000 rows', {}, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(canvas.getByText('All 100,000 rows are valid.')).toBeVisible();
    await expect(canvas.getByRole('table', { name: /Preview/ })).toHaveAccessibleName(
      'Preview First 10 of 100,000 rows',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Submit 100,000 rows' }));
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
  },
};

/* Connected: against the embedded emulator. */

const DAY_MS = 86_400_000;

/**
 * Story helper: a CSV of real predictions of the demo classifier to download and upload: eight
 * without feedback yet (accepted), two that have some (409) and one unknown uuid (404).
 */
function SampleCsvLink() {
  const [window] = useState(() => ({ start: new Date(Date.now() - 30 * DAY_MS), end: new Date() }));
  const predictions = usePredictions(storyDemo.classifier, window);
  const href = useMemo(() => {
    const all = predictions.data?.pages.flatMap((page) => page.predictions) ?? [];
    const fresh = all.filter((p) => p.feedback === undefined).slice(0, 8);
    const done = all.filter((p) => p.feedback !== undefined).slice(0, 2);
    if (fresh.length < 8 || done.length < 2) return null;
    const lines = [
      'prediction_uuid,target',
      ...[...fresh, ...done].map(
        (p, i) => `${p.uuid},"{""label"": ""${i % 2 ? 'rejected' : 'approved'}""}"`,
      ),
      '00000000-0000-4000-8000-000000000000,approved',
    ];
    return URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv' }));
  }, [predictions.data]);
  useEffect(() => () => (href ? URL.revokeObjectURL(href) : undefined), [href]);
  return (
    <KonanRoot style={{ marginBottom: 16 }}>
      {href ? (
        <a href={href} download="sample-feedback.csv">
          Download a sample CSV for the demo classifier
        </a>
      ) : (
        <span className="konan-muted">Preparing a sample CSV…</span>
      )}
    </KonanRoot>
  );
}

/** The demo classifier's uploader, under a link to a sample CSV of its predictions. */
function UploaderWithSample(props: Omit<ConnectedFeedbackUploaderProps, 'deploymentUuid'>) {
  return (
    <>
      <SampleCsvLink />
      <ConnectedFeedbackUploader deploymentUuid={storyDemo.classifier} {...props} />
    </>
  );
}

/** The submission's summary, once it shows, and the count it gives for `name`. */
async function summaryOf(canvasElement: HTMLElement) {
  const summary = within(
    await within(canvasElement).findByRole('region', { name: 'Summary' }, { timeout: 10_000 }),
  );
  return (name: string) => summary.getByText(name).nextElementSibling;
}

async function uploadSample(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const link = await canvas.findByRole(
    'link',
    { name: /Download a sample CSV/ },
    { timeout: 10_000 },
  );
  const text = await (await fetch(link.getAttribute('href') ?? '')).text();
  await userEvent.upload(canvas.getByLabelText('Choose a file'), file(text, 'sample-feedback.csv'));
  await userEvent.click(await canvas.findByRole('button', { name: 'Submit 11 rows' }));
}

export const Connected: Story = {
  ...konanStory(),
  name: 'Connected (emulator)',
  render: () => <UploaderWithSample />,
  play: async ({ canvasElement }) => {
    await uploadSample(canvasElement);
    const canvas = within(canvasElement);
    const count = await summaryOf(canvasElement);
    await expect(count('Accepted')).toHaveTextContent('8');
    await expect(count('Rejected')).toHaveTextContent('3');
    await expect(count('Not sent')).toHaveTextContent('0');
    await userEvent.click(canvas.getByRole('button', { name: 'Rejected 3' }));
    const table = canvas.getByRole('table', { name: 'Feedback items' });
    await expect(table).toHaveTextContent('Prediction not found in this deployment.');
    await expect(table).toHaveTextContent('Feedback already recorded for this prediction.');
  },
};

export const ConnectedNotSent: Story = {
  ...konanStory({
    faults: [{ method: 'POST', path: /predictions\/feedback/, status: 503, times: 1 }],
  }),
  name: 'Connected: a chunk fails, retry',
  render: () => <UploaderWithSample chunkSize={4} concurrency={1} />,
  play: async ({ canvasElement }) => {
    await uploadSample(canvasElement);
    const canvas = within(canvasElement);
    const count = await summaryOf(canvasElement);
    await expect(count('Not sent')).toHaveTextContent('4');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry 4 items not sent' }));
    await waitFor(() => expect(count('Not sent')).toHaveTextContent('0'), { timeout: 10_000 });
    await expect(count('Total')).toHaveTextContent('11');
    await expect(canvas.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
  },
};

export const ConnectedCancel: Story = {
  ...konanStory({ latencyMs: 600 }),
  name: 'Connected: cancel while submitting',
  render: () => <UploaderWithSample chunkSize={2} concurrency={1} />,
  play: async ({ canvasElement }) => {
    await uploadSample(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Cancel' }));
    const count = await summaryOf(canvasElement);
    // What was not answered before cancelling is accounted for as not sent, ready to retry.
    await expect(count('Total')).toHaveTextContent('11');
    await expect(canvas.getByRole('button', { name: /^Retry \d+ items? not sent$/ })).toBeEnabled();
  },
};
