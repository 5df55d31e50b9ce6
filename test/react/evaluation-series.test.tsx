// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { KonanTimeWindow } from '../../src/client';
import { type UseEvaluationSeriesOptions, useEvaluationSeries } from '../../src/react';
import { relativeTimeWindow } from '../../src/react/query/resolve-time-window';
import { renderKonan, setupEmulator } from './harness';

const { emulator, server, loggedIn } = setupEmulator({
  predictionsPerDeployment: 600,
  pageSize: 100,
});

function Series(props: {
  uuid: string;
  window: KonanTimeWindow;
  options?: UseEvaluationSeriesOptions;
}): ReactNode {
  const series = useEvaluationSeries(props.uuid, props.window, props.options);
  return (
    <div>
      <p data-testid="status">{`${series.status} ${series.settled}/${series.points.length} failed ${series.failed}`}</p>
      <ol>
        {series.points.map((p) => (
          <li key={p.start.toISOString()} data-testid="point">
            {p.metrics === null ? 'gap' : (p.metrics.precision ?? p.metrics.rmse ?? 'none')}
          </li>
        ))}
      </ol>
      <p data-testid="names">{series.metricNames.join(',')}</p>
    </div>
  );
}

const evaluateCalls = () => emulator.countRequests({ method: 'POST', path: /\/evaluate\/$/ });

/** Whole UTC days ending at the latest UTC midnight, so every bucket is a full day. */
function days(count: number, endOffsetDays = 0): KonanTimeWindow {
  const end = new Date();
  end.setUTCHours(0, 0, 0, 0);
  end.setUTCDate(end.getUTCDate() - endOffsetDays);
  const start = new Date(end);
  start.setUTCDate(start.getUTCDate() - count);
  return { start, end };
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

describe('useEvaluationSeries', () => {
  it('evaluates each day of the window once and gives its metrics in time order', async () => {
    renderKonan(<Series uuid={emulator.demo.classifier} window={days(10)} />, loggedIn);
    await waitFor(() => expect(text('status')).toContain('success 10/10'), {
      timeout: 10_000,
    });
    expect(evaluateCalls()).toBe(10);
    const values = screen.getAllByTestId('point').map((li) => Number(li.textContent));
    expect(values, String(values)).toHaveLength(10);
    expect(
      values.every((v) => v >= 0 && v <= 1),
      String(values),
    ).toBe(true);
    expect(screen.getByTestId('names').textContent).toMatch(/^precision,recall,f1_score/);
  }, 15_000);

  it('reuses the days already fetched when the window moves by a day', async () => {
    const { rerender } = renderKonan(
      <Series uuid={emulator.demo.classifier} window={days(10, 1)} />,
      loggedIn,
    );
    await waitFor(() => expect(text('status')).toContain('success 10/10'), {
      timeout: 10_000,
    });
    const before = evaluateCalls();
    rerender(<Series uuid={emulator.demo.classifier} window={days(10)} />);
    await waitFor(() => expect(text('status')).toContain('success 10/10'));
    await waitFor(() => expect(evaluateCalls()).toBe(before + 1));
  }, 15_000);

  it('keeps at most `concurrency` evaluations in flight', async () => {
    let inFlight = 0;
    let most = 0;
    server.use(
      http.post('https://api.konan.ai/deployments/:uuid/evaluate/', async ({ request }) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await delay(20);
        const response = await emulator.handle(request);
        inFlight--;
        return response;
      }),
    );
    renderKonan(
      <Series uuid={emulator.demo.classifier} window={days(12)} options={{ concurrency: 2 }} />,
      loggedIn,
    );
    await waitFor(() => expect(text('status')).toContain('success 12/12'), {
      timeout: 10_000,
    });
    expect(most).toBe(2);
  }, 15_000);

  it('shows a bucket without feedback as a gap, not a zero', async () => {
    // The last hours have no feedback yet (feedback lags six hours in the demo data).
    const end = new Date();
    const window = { start: new Date(end.getTime() - 3 * 3_600_000), end };
    renderKonan(
      <Series uuid={emulator.demo.classifier} window={window} options={{ bucket: 'hour' }} />,
      loggedIn,
    );
    await waitFor(() => expect(text('status')).toMatch(/success (3|4)\//));
    const points = screen.getAllByTestId('point').map((li) => li.textContent);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.every((p) => p === 'gap')).toBe(true);
    expect(text('names')).toBe('');
  }, 15_000);

  it('reports a partly failed series with the failed buckets counted', async () => {
    emulator.faults.add({ path: /\/evaluate\/$/, status: 500, skip: 2, times: 2 });
    renderKonan(<Series uuid={emulator.demo.regressor} window={days(6)} />, loggedIn);
    await waitFor(() => expect(text('status')).toMatch(/6\/6/), {
      timeout: 10_000,
    });
    expect(text('status')).toBe('success 6/6 failed 2');
    expect(screen.getAllByTestId('point').filter((li) => li.textContent === 'gap')).toHaveLength(2);
  }, 15_000);

  it('evaluates a relative window ("the last 7 days") once per bucket, not again on every render', async () => {
    const before = evaluateCalls();
    renderKonan(
      <Series uuid={emulator.demo.classifier} window={relativeTimeWindow({ days: 7 })} />,
      loggedIn,
    );
    await waitFor(() => expect(text('status')).toContain('success 8/8'), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(evaluateCalls() - before).toBe(8);
  }, 15_000);
});
