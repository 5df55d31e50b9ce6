// @vitest-environment jsdom
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKonanClient, type KonanDeployment } from '../../src/client';
import { createKonanEmulator } from '../../src/emulator';
import { konanHandlers } from '../../src/emulator/msw';
import {
  type KonanKeyScope,
  KonanProvider,
  konanKeys,
  useDeployments,
  useKonan,
  useKonanKeys,
} from '../../src/react';
import { hostedScope, newQueryClient } from './harness';

// Hosted Konan, and an on-premises server of another company with its own account.
const hosted = createKonanEmulator({ seed: 1 });
const ON_PREM = 'https://konan.example.com';
const onPrem = createKonanEmulator({
  seed: 2,
  account: { email: 'ops@example.com', password: 'ops-password', apiKey: 'ops-key' },
});
const server = setupServer(
  ...konanHandlers(hosted),
  ...konanHandlers(onPrem, { authUrl: ON_PREM, apiUrl: ON_PREM }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  hosted.reset();
  onPrem.reset();
});
afterAll(() => server.close());

function Dashboard({ id }: { id: string }): ReactNode {
  const session = useKonan();
  const { data } = useDeployments();
  const keys = useKonanKeys();
  const queryClient = useQueryClient();
  return (
    <div>
      <button type="button" onClick={() => session.logout()}>
        log out of {id}
      </button>
      <button
        type="button"
        onClick={() => queryClient.invalidateQueries({ queryKey: keys.deployments() })}
      >
        refresh {id}
      </button>
      <p data-testid={id}>{data?.map((d) => d.name).join(', ') ?? session.status}</p>
    </div>
  );
}

async function addOnPremDeployment(name: string): Promise<void> {
  const client = createKonanClient({ authUrl: ON_PREM, apiUrl: ON_PREM });
  await client.login({ apiKey: onPrem.account.apiKey });
  await client.createDeployment({
    deploymentName: name,
    modelName: 'fraud-v1',
    image: { url: 'registry.example.com/fraud:1.0', exposedPort: 8000 },
  });
  onPrem.clearRequests();
}

function renderBoth() {
  const queryClient = newQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <KonanProvider apiKey={hosted.account.apiKey}>
        <Dashboard id="hosted" />
      </KonanProvider>
      <KonanProvider authUrl={ON_PREM} apiUrl={ON_PREM} apiKey={onPrem.account.apiKey}>
        <Dashboard id="on-prem" />
      </KonanProvider>
    </QueryClientProvider>,
  );
  return queryClient;
}

const shown = (id: string) => screen.getByTestId(id).textContent;

describe('two providers under one QueryClientProvider', () => {
  it("each shows its own server's deployments", async () => {
    await addOnPremDeployment('Fraud screening');
    renderBoth();
    await waitFor(() => expect(shown('on-prem')).toMatch(/Fraud screening/));
    await waitFor(() => expect(shown('hosted')).toMatch(/Loan approval/));
    expect(shown('hosted')).not.toMatch(/Fraud screening/);
    expect(hosted.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
    expect(onPrem.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
  });

  it("logging out of one keeps the other's data on screen and in the cache", async () => {
    await addOnPremDeployment('Fraud screening');
    const queryClient = renderBoth();
    await waitFor(() => expect(shown('on-prem')).toMatch(/Fraud screening/));
    await waitFor(() => expect(shown('hosted')).toMatch(/Loan approval/));
    onPrem.clearRequests();
    await userEvent.setup().click(screen.getByText('log out of hosted'));
    expect(shown('hosted')).toBe('anonymous');
    expect(shown('on-prem')).toMatch(/Fraud screening/);
    const names = (scope: KonanKeyScope) =>
      queryClient.getQueryData<KonanDeployment[]>(konanKeys.deployments(scope))?.map((d) => d.name);
    expect(names({ api: ON_PREM, user: onPrem.account.email })).toContain('Fraud screening');
    expect(names(hostedScope(hosted.account.email))).toBeUndefined();
    expect(onPrem.countRequests({ method: 'GET', path: '/deployments/' })).toBe(0);
  });

  it("useKonanKeys refreshes this session's deployments only", async () => {
    renderBoth();
    await waitFor(() => expect(shown('on-prem')).toMatch(/Loan approval/));
    await waitFor(() => expect(shown('hosted')).toMatch(/Loan approval/));
    hosted.clearRequests();
    onPrem.clearRequests();
    await userEvent.setup().click(screen.getByText('refresh on-prem'));
    await waitFor(() =>
      expect(onPrem.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1),
    );
    expect(hosted.countRequests({ method: 'GET', path: '/deployments/' })).toBe(0);
  });
});
