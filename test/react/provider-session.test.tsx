// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createKonanClient, isKonanSessionError } from '../../src/client';
import {
  KonanProvider,
  konanKeys,
  useDeployments,
  useKonan,
  useKonanClient,
  useModels,
} from '../../src/react';
import {
  demoTokens,
  flush,
  newQueryClient,
  renderKonan,
  SessionStatus,
  setupEmulator,
} from './harness';

const { emulator, server, scope } = setupEmulator({ accessTtlSeconds: 300 });

function DeploymentNames(): ReactNode {
  const { data, status, fetchStatus } = useDeployments();
  return (
    <div>
      <p data-testid="deployments-status">{`${status}/${fetchStatus}`}</p>
      <ul>
        {data?.map((d) => (
          <li key={d.uuid}>{d.name}</li>
        ))}
      </ul>
    </div>
  );
}

function Models({ uuid }: { uuid: string | undefined }): ReactNode {
  const { fetchStatus, data } = useModels(uuid);
  return <p data-testid="models">{data ? data.map((m) => m.name).join(',') : fetchStatus}</p>;
}

function LoginButtons(): ReactNode {
  const { login, logout } = useKonan();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          login({ email: emulator.account.email, password: emulator.account.password })
        }
      >
        log in
      </button>
      <button
        type="button"
        onClick={() => login({ email: emulator.account.email, password: 'wrong' }).catch(() => {})}
      >
        log in wrongly
      </button>
      <button type="button" onClick={() => logout()}>
        log out
      </button>
    </>
  );
}

describe('outside <KonanProvider>', () => {
  it('throws at once, naming the hook and the fix', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useKonan())).toThrow(
      'useKonan must be used inside <KonanProvider>. Wrap your app: <KonanProvider apiKey=...>...</KonanProvider>',
    );
    expect(() => renderHook(() => useDeployments())).toThrow(
      /^useDeployments must be used inside <KonanProvider>/,
    );
    expect(() => renderHook(() => useKonanClient())).toThrow(/^useKonanClient must be used/);
    vi.restoreAllMocks();
  });
});

describe('<KonanProvider> session', () => {
  it('logs in with an API key on mount: authenticating, then authenticated with the user', async () => {
    renderKonan(null, { apiKey: emulator.account.apiKey });
    expect(screen.getByTestId('session').textContent).toBe('authenticating');
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toBe(
        `authenticated as ${emulator.account.email}`,
      ),
    );
  });

  it('logs in once under StrictMode', async () => {
    renderKonan(null, {
      strict: true,
      credentials: { email: emulator.account.email, password: emulator.account.password },
    });
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toMatch(/^authenticated/),
    );
    expect(emulator.countRequests({ path: '/api/auth/login/' })).toBe(1);
  });

  it('logs in again when the credentials change, not on other re-renders', async () => {
    const view = renderKonan(null, { apiKey: emulator.account.apiKey });
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toMatch(/^authenticated/),
    );
    view.rerender(<p>re-rendered</p>);
    await screen.findByText('re-rendered');
    expect(emulator.countRequests({ path: '/api/auth/api_key/' })).toBe(1);
  });

  it('reports rejected credentials as a typed error', async () => {
    const { result } = renderHook(() => useKonan(), {
      wrapper: ({ children }) => (
        <KonanProvider apiKey="not-a-key" queryClient={newQueryClient()}>
          <SessionStatus />
          {children}
        </KonanProvider>
      ),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(isKonanSessionError(result.current.error)).toBe(true);
    expect(screen.getByTestId('session').textContent).toContain('Konan rejected these credentials');
  });

  it('login() resolves with the user and rejects with the typed error', async () => {
    const { result } = renderHook(() => useKonan(), {
      wrapper: ({ children }) => (
        <KonanProvider queryClient={newQueryClient()}>{children}</KonanProvider>
      ),
    });
    expect(result.current.status).toBe('anonymous');
    let rejection: unknown;
    await act(() =>
      result.current
        .login({ email: emulator.account.email, password: 'wrong' })
        .catch((error: unknown) => {
          rejection = error;
        }),
    );
    expect(isKonanSessionError(rejection)).toBe(true);
    expect(result.current.status).toBe('error');
    const user = await act(() => result.current.login({ apiKey: emulator.account.apiKey }));
    expect(user.email).toBe(emulator.account.email);
    expect(result.current.status).toBe('authenticated');
  });

  it('keeps queries waiting, idle and requestless, while anonymous', async () => {
    renderKonan(<DeploymentNames />);
    await act(async () => {});
    expect(screen.getByTestId('session').textContent).toBe('anonymous');
    expect(screen.getByTestId('deployments-status').textContent).toBe('pending/idle');
    expect(emulator.countRequests({ path: '/deployments/' })).toBe(0);
  });

  it('logs out: clears every Konan query, and other data is fetched afresh after logging in', async () => {
    const user = userEvent.setup();
    const view = renderKonan(
      <>
        <LoginButtons />
        <DeploymentNames />
      </>,
    );
    await user.click(screen.getByText('log in'));
    await screen.findByText('Loan approval');
    expect(view.queryClient.getQueryData(konanKeys.deployments(scope))).toHaveLength(3);

    await user.click(screen.getByText('log out'));
    expect(screen.getByTestId('session').textContent).toBe('anonymous');
    expect(screen.queryByText('Loan approval')).toBeNull();
    expect(view.queryClient.getQueryCache().findAll({ queryKey: konanKeys.all })).toHaveLength(1);
    expect(view.queryClient.getQueryData(konanKeys.deployments(scope))).toBeUndefined();
    expect(screen.getByTestId('deployments-status').textContent).toBe('pending/idle');
    await waitFor(() => expect(emulator.countRequests({ path: '/api/auth/logout' })).toBe(1));

    emulator.clearRequests();
    await user.click(screen.getByText('log in'));
    await screen.findByText('Loan approval');
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
  });

  it('a logout during the login on mount wins: the login is abandoned', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post('https://auth.konan.ai/api/auth/api_key/', async ({ request }) => {
        await held;
        return emulator.handle(request);
      }),
    );
    const client = createKonanClient();
    renderKonan(<LoginButtons />, { apiKey: emulator.account.apiKey, client });
    await waitFor(() => expect(emulator.countRequests()).toBe(0));
    expect(screen.getByTestId('session').textContent).toBe('authenticating');
    await userEvent.setup().click(screen.getByText('log out'));
    expect(screen.getByTestId('session').textContent).toBe('anonymous');
    await act(async () => release());
    // The emulator answers the held request; the abandoned login must not adopt the answer.
    await waitFor(() => expect(emulator.countRequests({ path: '/api/auth/api_key/' })).toBe(1));
    await flush();
    expect(screen.getByTestId('session').textContent).toBe('anonymous');
    expect(client.session.getState().status).toBe('anonymous');
  });

  it('turns a session that expired and could not be renewed into status error', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Tokens passed in (not a login) leave the client nothing to log in again with.
    const view = renderKonan(<DeploymentNames />, { tokens: await demoTokens(emulator) });
    await screen.findByText('Loan approval');
    emulator.revokeSessions(); // the refresh token is refused from now on
    vi.setSystemTime(Date.now() + 301_000); // and the access token has expired
    await act(() => view.queryClient.invalidateQueries({ queryKey: konanKeys.all }));
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toMatch(/^error: .*expired/),
    );
    expect(screen.queryByText('Loan approval')).toBeNull();
  });

  it('uses the QueryClient of an enclosing QueryClientProvider', async () => {
    const outer = newQueryClient();
    render(
      <QueryClientProvider client={outer}>
        <KonanProvider apiKey={emulator.account.apiKey}>
          <DeploymentNames />
        </KonanProvider>
      </QueryClientProvider>,
    );
    await screen.findByText('Loan approval');
    expect(outer.getQueryData(konanKeys.deployments(scope))).toHaveLength(3);
  });

  it('shares a client passed in, so code outside React sees the same session', async () => {
    const client = createKonanClient();
    render(
      <KonanProvider client={client} queryClient={newQueryClient()}>
        <LoginButtons />
        <DeploymentNames />
      </KonanProvider>,
    );
    await userEvent.setup().click(screen.getByText('log in'));
    await screen.findByText('Loan approval');
    expect(client.session.getState().status).toBe('authenticated');
  });

  it('waits for a deployment before asking for its models', async () => {
    const view = renderKonan(<Models uuid={undefined} />, { apiKey: emulator.account.apiKey });
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toMatch(/^authenticated/),
    );
    expect(screen.getByTestId('models').textContent).toBe('idle');
    expect(emulator.countRequests({ path: /models/ })).toBe(0);
    view.rerender(<Models uuid={emulator.demo.classifier} />);
    await waitFor(() => expect(screen.getByTestId('models').textContent).not.toBe('fetching'));
    expect(emulator.countRequests({ path: /models/ })).toBe(1);
  });
});
