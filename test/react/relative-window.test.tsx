// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { KonanTimeWindowInput } from '../../src/client';
import {
  konanKeys,
  relativeTimeWindow,
  resolveTimeWindow,
  useKonanClient,
  usePredictions,
} from '../../src/react';
import { renderKonan, setupEmulator } from './harness';

const { emulator, scope, loggedIn } = setupEmulator({
  predictionsPerDeployment: 40,
  pageSize: 100,
});
const LAST_DAY: KonanTimeWindowInput = { last: { days: 1 } };

let predictNow: (() => Promise<unknown>) | undefined;

function Predictions({ window }: { window: KonanTimeWindowInput }): ReactNode {
  const client = useKonanClient();
  predictNow = () => client.predict(emulator.demo.classifier, { income: 52_000 });
  const { data, status } = usePredictions(emulator.demo.classifier, window);
  if (status !== 'success') return <p data-testid="count">{status}</p>;
  return <p data-testid="count">{String(data.pages[0]?.count)}</p>;
}

const count = () => Number(screen.getByTestId('count').textContent);
const lastEndTime = () => {
  const pages = emulator.requests.filter((r) => r.path.endsWith('/predictions/'));
  return new URL(pages.at(-1)?.url ?? '').searchParams.get('end_time');
};

describe('resolveTimeWindow', () => {
  it('ends a relative window at the given moment and returns a fixed one as it is', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(resolveTimeWindow({ last: { days: 7 } }, now)).toEqual({
      start: new Date('2026-03-03T12:00:00Z'),
      end: now,
    });
    expect(resolveTimeWindow({ last: { hours: 1, minutes: 30 } }, now).start).toEqual(
      new Date('2026-03-10T10:30:00Z'),
    );
    const fixed = { start: new Date(0), end: now };
    expect(resolveTimeWindow(fixed, new Date())).toBe(fixed);
  });
});

describe('relative windows in query keys', () => {
  it('keep one key while the clock moves, and differ from fixed windows and other lengths', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
    const first = konanKeys.predictions(scope, 'dep', relativeTimeWindow({ days: 7 }));
    vi.setSystemTime(new Date('2026-03-10T12:05:00Z'));
    expect(konanKeys.predictions(scope, 'dep', relativeTimeWindow({ days: 7 }))).toEqual(first);
    expect(konanKeys.predictions(scope, 'dep', { last: { days: 7 } })).toEqual(first);
    expect(konanKeys.evaluation(scope, 'dep', { last: { days: 7 } }).at(-1)).toEqual({
      last: { days: 7 },
    });
    expect(konanKeys.predictions(scope, 'dep', { last: { days: 30 } })).not.toEqual(first);
    expect(
      konanKeys.predictions(scope, 'dep', resolveTimeWindow({ last: { days: 7 } })),
    ).not.toEqual(first);
  });

  it('read as fixed windows ending now, for views typed for fixed windows', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
    const window = relativeTimeWindow({ hours: 24 });
    vi.setSystemTime(new Date('2026-03-11T08:00:00Z'));
    expect(window.end).toEqual(new Date('2026-03-11T08:00:00Z'));
    expect(window.start).toEqual(new Date('2026-03-10T08:00:00Z'));
  });
});

describe('usePredictions with a relative window', () => {
  it('asks for the window ending at the moment of each refetch, under the same key', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const view = renderKonan(<Predictions window={LAST_DAY} />, loggedIn);
    await waitFor(() => expect(screen.getByTestId('count').textContent).not.toBe('pending'));
    const opened = lastEndTime();
    vi.setSystemTime(Date.now() + 10 * 60_000);
    await act(() => view.queryClient.refetchQueries({ queryKey: konanKeys.all }));
    const later = lastEndTime();
    expect(new Date(later ?? '').getTime() - new Date(opened ?? '').getTime()).toBe(10 * 60_000);
    const keys = view.queryClient
      .getQueryCache()
      .findAll({ queryKey: konanKeys.predictions(scope, emulator.demo.classifier) });
    expect(keys).toHaveLength(1);
  });

  it('shows a prediction made after opening once the listing is invalidated', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const view = renderKonan(<Predictions window={LAST_DAY} />, loggedIn);
    await waitFor(() => expect(screen.getByTestId('count').textContent).not.toBe('pending'));
    const before = count();
    vi.setSystemTime(Date.now() + 60_000);
    await act(async () => {
      await predictNow?.();
    });
    await act(() =>
      view.queryClient.invalidateQueries({
        queryKey: konanKeys.predictions(scope, emulator.demo.classifier),
      }),
    );
    await waitFor(() => expect(count()).toBe(before + 1));
  });
});
