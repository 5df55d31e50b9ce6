// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { KonanTimeWindow } from '../../src/client';
import { type KonanFeatureDriftWindows, useFeatureDrift } from '../../src/react';
import { renderKonan, setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator({ predictionsPerDeployment: 1_000, pageSize: 100 });
const DAY = 86_400_000;
const now = Date.now();
const days = (from: number, to: number): KonanTimeWindow => ({
  start: new Date(now - from * DAY),
  end: new Date(now - to * DAY),
});
// The demo predictions spread over 30 days: about 500 in each half.
const WINDOWS: KonanFeatureDriftWindows = { current: days(15, 0), reference: days(30, 15) };

function Drift({ windows = WINDOWS }: { windows?: KonanFeatureDriftWindows }): ReactNode {
  const drift = useFeatureDrift(emulator.demo.classifier, windows);
  const { progress } = drift;
  return (
    <div>
      <p data-testid="progress">{`${progress.read} of ${progress.total ?? '?'}`}</p>
      <button type="button" onClick={drift.cancel}>
        cancel
      </button>
      {drift.status === 'pending' && <p data-testid="drift">loading</p>}
      {drift.status === 'error' && <p data-testid="drift">failed: {drift.error.message}</p>}
      {drift.status === 'success' && (
        <p data-testid="drift">
          {`${drift.data.stoppedShort ?? 'complete'}: ${drift.data.current.read}/${drift.data.current.available} ${drift.data.reference.read}/${drift.data.reference.available}; `}
          {drift.data.features.map((f) => f.name).join(',')}
        </p>
      )}
    </div>
  );
}

/** The machine running the tests may be busy: reading 1,000 predictions can take seconds. */
const LONG = { timeout: 10_000 };
const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const listings = { method: 'GET', path: /\/predictions\/$/ } as const;

describe('useFeatureDrift', () => {
  it('reads every page of both windows and gives the drift of each feature and of the output', async () => {
    renderKonan(<Drift />, loggedIn);
    await waitFor(() => expect(text('drift')).toMatch(/^complete/), LONG);
    const [counts, names] = text('drift').split('; ');
    const [, current, reference] = /(\d+)\/\d+ (\d+)\/\d+/.exec(counts ?? '') ?? [];
    expect(Number(current) + Number(reference)).toBeGreaterThan(900);
    expect(counts).toMatch(/: (\d+)\/\1 (\d+)\/\2$/);
    expect(names?.split(',').sort()).toEqual([
      'age',
      'credit_score',
      'employment_years',
      'home_ownership',
      'income',
      'loan_amount',
      'output.label',
      'output.probability',
    ]);
    expect(text('progress')).toBe(
      `${Number(current) + Number(reference)} of ${Number(current) + Number(reference)}`,
    );
  });

  it('stops at maxPredictions per window and says so', async () => {
    renderKonan(<Drift windows={{ ...WINDOWS, maxPredictions: 150 }} />, loggedIn);
    await waitFor(() => expect(text('drift')).toMatch(/^limit: 150\/\d+ 150\/\d+/), LONG);
    // Two pages per window, no more.
    expect(emulator.countRequests(listings)).toBe(4);
    expect(text('progress')).toBe('300 of 300');
  });

  it('shows progress, and cancel() computes on what was read', async () => {
    // Each window's second page hangs until cancelled.
    emulator.faults.add({ ...listings, skip: 2, delayMs: 60_000 });
    renderKonan(<Drift />, loggedIn);
    await waitFor(() => expect(text('progress')).toMatch(/^200 of \d+/), LONG);
    expect(text('drift')).toBe('loading');
    await userEvent.click(screen.getByRole('button', { name: 'cancel' }));
    await waitFor(() => expect(text('drift')).toMatch(/^cancelled: 100\/\d+ 100\/\d+/), LONG);
  });

  it('fails with the server error when a page fails', async () => {
    emulator.faults.add({ ...listings, skip: 1, times: 1, status: 404 });
    renderKonan(<Drift />, loggedIn);
    await waitFor(() => expect(text('drift')).toMatch(/^failed: Konan answered 404/), LONG);
  });
});
