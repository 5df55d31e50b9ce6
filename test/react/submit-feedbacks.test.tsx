// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  createKonanClient,
  type KonanFeedbackProgress,
  type KonanFeedbackSubmission,
} from '../../src/client';
import { useEvaluation, useSubmitFeedbacks } from '../../src/react';
import { lastDays, renderKonan, setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator();
const text = (id: string) => screen.getByTestId(id).textContent;
const WINDOW = lastDays();

/** Fresh predictions (so none has feedback yet), with their ground truth. */
async function freshSubmissions(count: number): Promise<KonanFeedbackSubmission[]> {
  const client = createKonanClient();
  await client.login(loggedIn);
  const submissions: KonanFeedbackSubmission[] = [];
  for (let i = 0; i < count; i++) {
    const { uuid } = await client.predict(emulator.demo.classifier, {
      income: 40_000 + i * 1_000,
      amount: 10_000,
      term_months: 24,
    });
    submissions.push({ predictionUuid: uuid, target: { label: 'approved' } });
  }
  emulator.clearRequests();
  return submissions;
}

interface FeedbackFormProps {
  submissions: readonly KonanFeedbackSubmission[];
  seen: KonanFeedbackProgress[];
  chunkSize: number;
}

function FeedbackForm({ submissions, seen, chunkSize }: FeedbackFormProps): ReactNode {
  const feedback = useSubmitFeedbacks(emulator.demo.classifier, { chunkSize, concurrency: 1 });
  const evaluation = useEvaluation(emulator.demo.classifier, WINDOW);
  const { progress, data } = feedback;
  if (progress && seen.at(-1) !== progress) seen.push(progress);
  return (
    <div>
      <button type="button" onClick={() => feedback.mutate(submissions)}>
        submit
      </button>
      <button type="button" onClick={feedback.retryNotSent}>
        retry not sent
      </button>
      <button type="button" onClick={feedback.cancel}>
        cancel
      </button>
      <button type="button" onClick={feedback.reset}>
        reset
      </button>
      <p data-testid="progress">{progress ? `${progress.done}/${progress.total}` : 'none'}</p>
      <p data-testid="result">
        {feedback.status}
        {data &&
          ` accepted=${data.accepted} rejected=${data.rejected} notSent=${data.notSent.length} total=${data.total}`}
      </p>
      <p data-testid="evaluation">{evaluation.status}</p>
    </div>
  );
}

describe('useSubmitFeedbacks', () => {
  it('reports live progress, keeps a failed middle chunk as not sent, and retries only those', async () => {
    const submissions = await freshSubmissions(10);
    const seen: KonanFeedbackProgress[] = [];
    const user = userEvent.setup();
    // The third chunk of five fails; POSTs are never retried by the client.
    emulator.faults.add({ method: 'POST', path: /feedback\/$/, skip: 2, times: 1, status: 500 });
    renderKonan(<FeedbackForm submissions={submissions} seen={seen} chunkSize={2} />, loggedIn);
    await waitFor(() => expect(text('evaluation')).toBe('success'));
    expect(text('progress')).toBe('none');

    await user.click(screen.getByText('submit'));
    await waitFor(() =>
      expect(text('result')).toBe('success accepted=8 rejected=0 notSent=2 total=10'),
    );
    expect(text('progress')).toBe('10/10');
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // Live: several steps were rendered between the start and the end (React may batch some).
    expect(done.filter((d) => d > 0 && d < 10).length).toBeGreaterThan(1);
    expect(seen.every((p) => p.total === 10)).toBe(true);
    expect(seen.at(-1)).toEqual({ done: 10, total: 10, accepted: 8, rejected: 0, notSent: 2 });
    expect(emulator.countRequests({ path: /feedback\/$/ })).toBe(5);
    // The evaluation was refreshed, since the feedback changed it.
    await waitFor(() => expect(emulator.countRequests({ path: /evaluate\/$/ })).toBe(2));

    await user.click(screen.getByText('retry not sent'));
    await waitFor(() =>
      expect(text('result')).toBe('success accepted=10 rejected=0 notSent=0 total=10'),
    );
    expect(emulator.countRequests({ path: /feedback\/$/ })).toBe(6);
    expect(text('progress')).toBe('10/10');

    // Nothing left to retry: no request.
    await user.click(screen.getByText('retry not sent'));
    expect(emulator.countRequests({ path: /feedback\/$/ })).toBe(6);

    await user.click(screen.getByText('reset'));
    expect(text('progress')).toBe('none');
    expect(text('result')).toBe('idle');
  });

  it('reports items the server refused apart from items never sent', async () => {
    const submissions = await freshSubmissions(3);
    const user = userEvent.setup();
    renderKonan(
      <FeedbackForm
        submissions={[
          ...submissions,
          { predictionUuid: '00000000-0000-4000-8000-000000000000', target: 'approved' },
        ]}
        seen={[]}
        chunkSize={500}
      />,
      loggedIn,
    );
    await waitFor(() => expect(text('evaluation')).toBe('success'));
    await user.click(screen.getByText('submit'));
    await waitFor(() =>
      expect(text('result')).toBe('success accepted=3 rejected=1 notSent=0 total=4'),
    );
  });

  it('cancels: chunks not yet answered come back as not sent, ready to retry', async () => {
    const submissions = await freshSubmissions(6);
    const seen: KonanFeedbackProgress[] = [];
    const user = userEvent.setup();
    emulator.faults.add({
      method: 'POST',
      path: /feedback\/$/,
      skip: 1,
      times: 1,
      delayMs: 60_000,
    });
    renderKonan(<FeedbackForm submissions={submissions} seen={seen} chunkSize={1} />, loggedIn);
    await waitFor(() => expect(text('evaluation')).toBe('success'));
    await user.click(screen.getByText('submit'));
    await waitFor(() => expect(text('progress')).toBe('1/6'));
    await user.click(screen.getByText('cancel'));
    await waitFor(() =>
      expect(text('result')).toBe('success accepted=1 rejected=0 notSent=5 total=6'),
    );
    expect(emulator.countRequests({ path: /feedback\/$/ })).toBe(1);

    await user.click(screen.getByText('retry not sent'));
    await waitFor(() =>
      expect(text('result')).toBe('success accepted=6 rejected=0 notSent=0 total=6'),
    );
  });
});
