// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KonanFeedbacksResult } from '../../src/client/data-types';
import { KonanNetworkError } from '../../src/client/errors';
import { FeedbackResultsTable } from '../../src/components/feedback-results-table';
import { KonanUIProvider } from '../../src/components/shared';

afterEach(cleanup);

const result: KonanFeedbacksResult = {
  statuses: [
    { predictionUuid: 'p-1', status: 201, message: 'Feedback recorded.', accepted: true },
    { predictionUuid: 'p-2', status: 404, message: 'Prediction not found.', accepted: false },
  ],
  accepted: 1,
  rejected: 1,
  notSent: [
    {
      submission: { predictionUuid: 'p-3', target: 'x' },
      reason: new KonanNetworkError('offline'),
    },
  ],
  total: 3,
};

const renderTable = (props: Partial<Parameters<typeof FeedbackResultsTable>[0]> = {}) =>
  render(
    <KonanUIProvider locale="en-US">
      <FeedbackResultsTable result={result} {...props} />
    </KonanUIProvider>,
  );

describe('FeedbackResultsTable', () => {
  it('says nothing was submitted before there is a result', () => {
    renderTable({ result: undefined });
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Nothing submitted yet'),
    );
  });

  it('shows the counts, the outcome filters and the number of rows shown', () => {
    renderTable();
    const summary = within(screen.getByRole('region', { name: 'Summary' }));
    expect(summary.getByText('Accepted').nextElementSibling?.textContent).toContain('1');
    expect(summary.getByText('Total').nextElementSibling?.textContent).toBe('3');
    expect(screen.getByRole('button', { name: 'Not sent 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rejected 1' }));
    expect(screen.getByText('Showing 1 of 3 items')).toBeTruthy();
    expect(
      screen.getByRole('table', { name: 'Feedback items' }).getAttribute('aria-rowcount'),
    ).toBe('2');
  });

  it('offers the retry only with not-sent items and a callback, disabled while retrying', () => {
    const onRetryNotSent = vi.fn();
    const { rerender } = renderTable({ onRetryNotSent });
    fireEvent.click(screen.getByRole('button', { name: 'Retry 1 item not sent' }));
    expect(onRetryNotSent).toHaveBeenCalledTimes(1);
    rerender(
      <KonanUIProvider locale="en-US">
        <FeedbackResultsTable result={result} onRetryNotSent={onRetryNotSent} retryNotSentPending />
      </KonanUIProvider>,
    );
    expect((screen.getByRole('button', { name: 'Retrying…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    rerender(
      <KonanUIProvider locale="en-US">
        <FeedbackResultsTable
          result={{ ...result, notSent: [], total: 2 }}
          onRetryNotSent={onRetryNotSent}
        />
      </KonanUIProvider>,
    );
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
  });

  it('shows a search that matches nothing, and clears it', () => {
    renderTable();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nope' } });
    expect(screen.getByText('No items match')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('Showing all 3 items')).toBeTruthy();
  });

  it('takes its texts from labels', () => {
    renderTable({
      labels: {
        title: 'Résultats',
        accepted: 'Acceptés',
        shown: (shown, total) => `${shown.text}/${total.text}`,
      },
    });
    expect(screen.getByRole('heading', { name: 'Résultats' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Acceptés 1' })).toBeTruthy();
    expect(screen.getByText('3/3')).toBeTruthy();
  });

  it('places its heading at headingLevel and adds className to its root', () => {
    const { container } = renderTable({ headingLevel: 4, className: 'app-results' });
    expect(screen.getByRole('heading', { level: 4, name: 'Feedback results' })).toBeTruthy();
    expect(container.querySelector('.konan.konan-feedback-results-table.app-results')).toBeTruthy();
  });

  it('keeps the last result, marked as retrying, while a retry runs without one', () => {
    const onRetryNotSent = vi.fn();
    const { rerender } = renderTable({ onRetryNotSent });
    rerender(
      <KonanUIProvider locale="en-US">
        <FeedbackResultsTable result={undefined} pending onRetryNotSent={onRetryNotSent} />
      </KonanUIProvider>,
    );
    expect(screen.getByRole('region', { name: 'Summary' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Retrying…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    rerender(
      <KonanUIProvider locale="en-US">
        <FeedbackResultsTable result={undefined} onRetryNotSent={onRetryNotSent} />
      </KonanUIProvider>,
    );
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });

  it('reports a submission that failed as a whole', () => {
    renderTable({ result: undefined, error: new Error('Konan answered 500') });
    expect(screen.getByRole('alert').textContent).toContain('Konan answered 500');
  });
});

describe('FeedbackResultsTable message cells', () => {
  // jsdom has no layout: a message cell is 200 px wide and its text 8 px a character.
  const widths = { reads: 0 };
  const isMessage = (element: HTMLElement) =>
    element.classList.contains('konan-feedback-results-table-message');
  const own = {
    scrollWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollWidth'),
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
      configurable: true,
      get(this: HTMLElement) {
        if (!isMessage(this)) return 0;
        widths.reads++;
        return (this.textContent ?? '').length * 8;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => 200,
    });
  });
  afterAll(() => {
    for (const key of ['scrollWidth', 'clientWidth'] as const) {
      Reflect.deleteProperty(HTMLElement.prototype, key);
      const descriptor = own[key];
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    }
  });

  const long = 'Feedback can only be recorded for predictions of an active deployment.';
  const withLongMessage: KonanFeedbacksResult = {
    ...result,
    statuses: [
      { predictionUuid: 'p-1', status: 201, message: 'Feedback recorded.', accepted: true },
      { predictionUuid: 'p-2', status: 410, message: long, accepted: false },
    ],
  };

  it('makes only cut messages focusable, measured after the commit, not during it', async () => {
    widths.reads = 0;
    renderTable({ result: withLongMessage });
    // Reading widths while React commits forces a layout (in every frame of a scroll).
    expect(widths.reads).toBe(0);
    const cell = (text: string) =>
      screen.getByText(text).closest('.konan-feedback-results-table-message') as HTMLElement;
    await waitFor(() => expect(cell(long).getAttribute('tabindex')).toBe('0'));
    expect(cell('Feedback recorded.').hasAttribute('tabindex')).toBe(false);
    expect(widths.reads).toBeGreaterThan(0);

    // Focused, the cut message shows whole under the table.
    act(() => cell(long).focus());
    expect(screen.getByText(`${long}`, { selector: 'p' })).toBeTruthy();
  });
});
