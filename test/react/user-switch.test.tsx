// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createKonanClient } from '../../src/client';
import { createKonanEmulator, type KonanEmulator } from '../../src/emulator';
import { useDeployments, useKonan } from '../../src/react';
import { renderKonan } from './harness';

// Two accounts, each on its own emulator; one `fetch` routes every request to the account's.
const alice = createKonanEmulator({ seed: 1 });
const bob = createKonanEmulator({
  seed: 2,
  account: { email: 'bob@konan.ai', password: 'bob-password', apiKey: 'bob-key', firstName: 'Bob' },
});
const owners = new Map<string, KonanEmulator>();

async function routedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const { pathname } = new URL(request.url);
  let target = alice;
  if (pathname === '/api/auth/login/' || pathname === '/api/auth/api_key/') {
    const body = (await request.clone().json()) as { email?: string; api_key?: string };
    if (body.email === bob.account.email || body.api_key === bob.account.apiKey) target = bob;
  } else if (pathname.startsWith('/api/auth/')) {
    const body = (await request.clone().json()) as { refresh?: string };
    target = owners.get(body.refresh ?? '') ?? alice;
  } else {
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    target = owners.get(token) ?? alice;
  }
  const response = await target.handle(request);
  if (pathname.startsWith('/api/auth/') && response.ok && response.status !== 204) {
    const tokens = (await response.clone().json()) as { access?: string; refresh?: string };
    if (tokens.access) owners.set(tokens.access, target);
    if (tokens.refresh) owners.set(tokens.refresh, target);
  }
  return response;
}

afterEach(() => {
  cleanup();
  alice.reset();
  bob.reset();
  owners.clear();
});

const renders: { session: string; names: string }[] = [];

function Dashboard(): ReactNode {
  const session = useKonan();
  const { data } = useDeployments();
  const names = data?.map((d) => d.name).join(', ') ?? '';
  renders.push({ session: session.status, names });
  return (
    <div>
      <button type="button" onClick={() => session.login({ apiKey: bob.account.apiKey })}>
        switch to bob
      </button>
      <p data-testid="names">{names}</p>
    </div>
  );
}

describe('switching user', () => {
  it("never shows the previous user's data, not even while the new login runs", async () => {
    const client = createKonanClient({ fetch: routedFetch });
    await client.login({ apiKey: alice.account.apiKey });
    await client.createDeployment({
      deploymentName: 'Alice only',
      modelName: 'secret-v1',
      image: { url: 'registry.konan.ai/demo/secret:1.0', exposedPort: 8000 },
    });
    const user = userEvent.setup();
    renderKonan(<Dashboard />, { client });
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Alice only/));

    const before = renders.length;
    await user.click(screen.getByText('switch to bob'));
    await waitFor(() =>
      expect(screen.getByTestId('session').textContent).toBe('authenticated as bob@konan.ai'),
    );
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Loan approval/));
    const after = renders.slice(before);
    expect(after.some((r) => r.session === 'authenticating')).toBe(true);
    expect(after.filter((r) => r.names.includes('Alice only'))).toEqual([]);
    expect(bob.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
  });
});
