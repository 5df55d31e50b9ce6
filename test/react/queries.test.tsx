// @vitest-environment jsdom
import { useQueries } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createKonanClient, type KonanClient, type KonanTimeWindow } from '../../src/client';
import {
  konanKeys,
  konanQueries,
  useDeployments,
  useEvaluation,
  useKonan,
  useKonanClient,
  useModels,
  usePredictions,
  useSuspenseDeployments,
  useSuspenseEvaluation,
  useSuspenseModels,
  useSuspensePredictions,
} from '../../src/react';
import { lastDays, type RenderKonanOptions, renderKonan, setupEmulator } from './harness';

const { emulator, scope, loggedIn } = setupEmulator({
  predictionsPerDeployment: 250,
  pageSize: 100,
});
const WINDOW = lastDays();

function Deployments({ id = 'deployments' }: { id?: string }): ReactNode {
  const { data, error, status } = useDeployments();
  if (status === 'pending') return <p data-testid={id}>loading</p>;
  if (status === 'error') return <p data-testid={id}>failed: {error.message}</p>;
  return <p data-testid={id}>{data.map((d) => d.name).join(', ')}</p>;
}

function Models({ uuid }: { uuid: string }): ReactNode {
  const { data, error, status } = useModels(uuid);
  if (status === 'pending') return <p data-testid="models">loading</p>;
  if (status === 'error') return <p data-testid="models">failed: {error.message}</p>;
  return <p data-testid="models">{data.map((m) => `${m.name}:${m.state}`).join(', ')}</p>;
}

function Evaluation({ uuid, window }: { uuid: string; window: KonanTimeWindow }): ReactNode {
  const { data, error, status } = useEvaluation(uuid, window);
  if (status === 'pending') return <p data-testid="evaluation">loading</p>;
  if (status === 'error') return <p data-testid="evaluation">failed: {error.message}</p>;
  return <p data-testid="evaluation">{data.metrics.map((m) => m.name).join(', ')}</p>;
}

function Predictions({ uuid }: { uuid: string }): ReactNode {
  const { data, error, status, hasNextPage, fetchNextPage, isFetchingNextPage } = usePredictions(
    uuid,
    WINDOW,
  );
  if (status === 'pending') return <p data-testid="predictions">loading</p>;
  if (status === 'error') return <p data-testid="predictions">failed: {error.message}</p>;
  const count = data.pages.reduce((n, page) => n + page.predictions.length, 0);
  return (
    <div>
      <p data-testid="predictions">{`${count} of ${data.pages[0]?.count}`}</p>
      {hasNextPage && (
        <button type="button" disabled={isFetchingNextPage} onClick={() => fetchNextPage()}>
          more
        </button>
      )}
    </div>
  );
}

function AllModels({ uuids }: { uuids: string[] }): ReactNode {
  const { status } = useKonan();
  const client = useKonanClient();
  const results = useQueries({
    queries: uuids.map((uuid) => ({
      ...konanQueries.models(client, uuid),
      enabled: status === 'authenticated',
    })),
  });
  return <p data-testid="all-models">{results.map((r) => r.data?.length ?? '-').join(',')}</p>;
}

const text = (id: string) => screen.getByTestId(id).textContent;
const TWENTY = Array.from({ length: 20 }, (_, i) => `d${i}`);

describe('useDeployments', () => {
  it('loads, then shows every deployment', async () => {
    renderKonan(<Deployments />, loggedIn);
    expect(text('deployments')).toBe('loading');
    await waitFor(() => expect(text('deployments')).toMatch(/Loan approval/));
    expect(text('deployments')?.split(', ').sort()).toEqual([
      'Churn forecast',
      'House prices',
      'Loan approval',
    ]);
  });

  it('follows every page of the listing', async () => {
    // Not all servers page deployments; a two-page answer is injected.
    emulator.faults.add({
      method: 'GET',
      path: '/deployments/',
      times: 1,
      status: 200,
      body: {
        count: 2,
        next: 'https://api.konan.ai/deployments/?page=1',
        previous: null,
        results: [{ uuid: 'a', name: 'First page', created_at: '2024-01-01T00:00:00Z' }],
      },
    });
    renderKonan(<Deployments />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/^First page, .*Loan approval/));
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(2);
  });

  it('shows the error, with one request: React Query adds no retries', async () => {
    emulator.faults.add({ method: 'GET', path: '/deployments/', status: 404 });
    renderKonan(<Deployments />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/^failed: Konan answered 404/));
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
  });

  it('leaves retrying server errors to the client alone', async () => {
    emulator.faults.add({ method: 'GET', path: '/deployments/', status: 503 });
    renderKonan(<Deployments />, { ...loggedIn, client: createKonanClient({ retries: 1 }) });
    await waitFor(() => expect(text('deployments')).toMatch(/^failed: Konan answered 503/));
    // 1 attempt + 1 client retry; a second retry layer would multiply this.
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(2);
  });

  it('makes one request for 20 mounted components sharing the query', async () => {
    renderKonan(
      TWENTY.map((id) => <Deployments key={id} id={id} />),
      loggedIn,
    );
    await waitFor(() => expect(text('d19')).toMatch(/Loan approval/));
    for (let i = 0; i < 20; i++) expect(text(`d${i}`)).toMatch(/Loan approval/);
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
  });

  it('cancels the request when the last component using it unmounts', async () => {
    const signals: AbortSignal[] = [];
    const real = createKonanClient();
    const client: KonanClient = {
      ...real,
      listDeployments: (options) => {
        if (options?.signal) signals.push(options.signal);
        return real.listDeployments(options);
      },
    };
    emulator.faults.add({ method: 'GET', path: '/deployments/', delayMs: 10_000 });
    const view = renderKonan(<Deployments />, { ...loggedIn, client });
    await waitFor(() => expect(signals).toHaveLength(1));
    view.rerender(null);
    await waitFor(() => expect(signals[0]?.aborted).toBe(true));
    expect(view.queryClient.getQueryState(konanKeys.deployments(scope))?.fetchStatus).toBe('idle');
  });
});

describe('useModels', () => {
  it('loads, then shows the models with their states', async () => {
    renderKonan(<Models uuid={emulator.demo.classifier} />, loggedIn);
    expect(text('models')).toBe('loading');
    await waitFor(() => expect(text('models')).toMatch(/:live/));
  });

  it('shows the error of an unknown deployment', async () => {
    renderKonan(<Models uuid="00000000-0000-4000-8000-000000000000" />, loggedIn);
    await waitFor(() => expect(text('models')).toMatch(/^failed: .*404.*not found/));
  });
});

describe('useEvaluation', () => {
  it('loads, then shows the metrics of the window', async () => {
    renderKonan(<Evaluation uuid={emulator.demo.classifier} window={WINDOW} />, loggedIn);
    expect(text('evaluation')).toBe('loading');
    await waitFor(() => expect(text('evaluation')).toMatch(/precision/));
  });

  it('shows the error', async () => {
    emulator.faults.add({
      method: 'POST',
      path: /evaluate/,
      status: 500,
      body: { detail: 'down' },
    });
    renderKonan(<Evaluation uuid={emulator.demo.classifier} window={WINDOW} />, loggedIn);
    await waitFor(() => expect(text('evaluation')).toMatch(/^failed: .*500.*down/));
  });

  it('keys equal windows alike: a new but equal window object makes no new request', async () => {
    const view = renderKonan(
      <Evaluation uuid={emulator.demo.classifier} window={WINDOW} />,
      loggedIn,
    );
    await waitFor(() => expect(text('evaluation')).toMatch(/precision/));
    const copy = { start: new Date(WINDOW.start.getTime()), end: new Date(WINDOW.end.getTime()) };
    view.rerender(<Evaluation uuid={emulator.demo.classifier} window={copy} />);
    expect(text('evaluation')).toMatch(/precision/);
    expect(emulator.countRequests({ path: /evaluate/ })).toBe(1);
  });
});

describe('usePredictions', () => {
  it('loads the first page, then follows `next` page by page to the end', async () => {
    const user = userEvent.setup();
    renderKonan(<Predictions uuid={emulator.demo.classifier} />, loggedIn);
    expect(text('predictions')).toBe('loading');
    await waitFor(() => expect(text('predictions')).toBe('100 of 250'));
    await user.click(screen.getByText('more'));
    await waitFor(() => expect(text('predictions')).toBe('200 of 250'));
    await user.click(screen.getByText('more'));
    await waitFor(() => expect(text('predictions')).toBe('250 of 250'));
    expect(screen.queryByText('more')).toBeNull();
    const pages = emulator.requests.filter((r) => r.path.endsWith('/predictions/'));
    expect(pages).toHaveLength(3);
    expect(new URL(pages[1]?.url ?? '').searchParams.get('start_time')).toBe(
      WINDOW.start.toISOString(),
    );
  });

  it('shows the error', async () => {
    emulator.faults.add({ method: 'GET', path: /predictions/, status: 403 });
    renderKonan(<Predictions uuid={emulator.demo.classifier} />, loggedIn);
    await waitFor(() => expect(text('predictions')).toMatch(/^failed: Konan answered 403/));
  });
});

describe('token expiry', () => {
  it('makes one refresh for a burst of queries started after the access token expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const view = renderKonan(<Deployments />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/Loan approval/));
    vi.setSystemTime(Date.now() + 301_000); // past the 300 s access token, within the refresh's
    emulator.clearRequests();
    view.rerender(
      <>
        <Deployments />
        <Models uuid={emulator.demo.classifier} />
        <Models uuid={emulator.demo.regressor} />
        <Evaluation uuid={emulator.demo.classifier} window={WINDOW} />
        <Evaluation uuid={emulator.demo.regressor} window={WINDOW} />
        <Predictions uuid={emulator.demo.classifier} />
      </>,
    );
    await act(() => view.queryClient.invalidateQueries({ queryKey: konanKeys.deployments(scope) }));
    await waitFor(() => expect(text('predictions')).toBe('100 of 250'));
    await waitFor(() => {
      const shown = screen.getAllByTestId(/^(models|evaluation)$/).map((e) => e.textContent);
      expect(shown.filter((t) => t === 'loading' || t?.startsWith('failed'))).toEqual([]);
    });
    expect(emulator.countRequests({ path: '/api/auth/token/refresh/' })).toBe(1);
    expect(emulator.requests.every((r) => r.status < 400)).toBe(true);
  });
});

describe('konanQueries', () => {
  it('prefetches into the cache the hooks read, so they make no request of their own', async () => {
    const client = createKonanClient();
    await client.login(loggedIn);
    const view = renderKonan(null, { client });
    await view.queryClient.prefetchQuery(konanQueries.deployments(client));
    emulator.clearRequests();
    view.rerender(<Deployments />);
    expect(text('deployments')).toMatch(/Loan approval/);
    expect(emulator.countRequests({ path: '/deployments/' })).toBe(0);
  });

  it('works with useQueries', async () => {
    renderKonan(
      <AllModels uuids={[emulator.demo.classifier, emulator.demo.regressor]} />,
      loggedIn,
    );
    await waitFor(() => expect(text('all-models')).toMatch(/^\d+,\d+$/));
  });

  it('invalidates a deployment by prefix: its models and evaluation, not the list', async () => {
    const view = renderKonan(
      <>
        <Deployments />
        <Models uuid={emulator.demo.classifier} />
        <Evaluation uuid={emulator.demo.classifier} window={WINDOW} />
      </>,
      loggedIn,
    );
    await waitFor(() => expect(text('evaluation')).toMatch(/precision/));
    await waitFor(() => expect(text('models')).toMatch(/live/));
    emulator.clearRequests();
    await act(() =>
      view.queryClient.invalidateQueries({
        queryKey: konanKeys.deployment(scope, emulator.demo.classifier),
      }),
    );
    expect(emulator.countRequests({ path: /models/ })).toBe(1);
    expect(emulator.countRequests({ path: /evaluate/ })).toBe(1);
    expect(emulator.countRequests({ path: '/deployments/' })).toBe(0);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? (
      <p data-testid="boundary">{this.state.error.message}</p>
    ) : (
      this.props.children
    );
  }
}

function SuspenseDashboard(): ReactNode {
  const deployments = useSuspenseDeployments();
  const models = useSuspenseModels(emulator.demo.classifier);
  const evaluation = useSuspenseEvaluation(emulator.demo.classifier, WINDOW);
  const predictions = useSuspensePredictions(emulator.demo.classifier, WINDOW);
  return (
    <p data-testid="suspense">
      {[
        deployments.data.length,
        models.data.length > 0,
        evaluation.data.metrics.length > 0,
        predictions.data.pages[0]?.predictions.length,
      ].join(' ')}
    </p>
  );
}

/** `SuspenseDashboard` under a Suspense fallback ("waiting") and the error `Boundary`. */
function renderSuspenseDashboard(options?: RenderKonanOptions) {
  return renderKonan(
    <Boundary>
      <Suspense fallback={<p data-testid="suspense">waiting</p>}>
        <SuspenseDashboard />
      </Suspense>
    </Boundary>,
    options,
  );
}

describe('Suspense hooks', () => {
  it('suspend while logging in and loading, then render the data', async () => {
    renderSuspenseDashboard(loggedIn);
    expect(text('suspense')).toBe('waiting');
    await waitFor(() => expect(text('suspense')).toBe('3 true true 100'));
  });

  it('throw to the error boundary when nobody is logged in, instead of suspending forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderSuspenseDashboard();
    expect(text('boundary')).toMatch(/^useSuspenseDeployments needs a logged-in Konan session/);
    vi.restoreAllMocks();
  });

  it('throw query errors to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    emulator.faults.add({ method: 'GET', path: /models/, status: 404 });
    renderSuspenseDashboard(loggedIn);
    await waitFor(() => expect(text('boundary')).toMatch(/^Konan answered 404/));
    vi.restoreAllMocks();
  });
});
