// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createKonanClient, type KonanClient, type KonanTokens } from '../../src/client';
import { KonanProvider, type KonanTokenStorage, useDeployments, useKonan } from '../../src/react';
import { newQueryClient, setupEmulator } from './harness';

const { emulator } = setupEmulator({ accessTtlSeconds: 300 });
const KEY = 'konan.tokens';

/**
 * One origin's localStorage as two tabs see it: a write lands at once, and the other tab (never
 * the writer) hears of it a moment later through its `storage` listeners, as browsers do. Writing
 * the value already stored changes nothing and fires no event (Web Storage spec).
 */
function sharedLocalStorage(delaysMs: readonly [number, number] = [1, 1]) {
  const items = new Map<string, string>();
  type Listener = (tokens: KonanTokens | null) => void;
  const listeners = [new Set<Listener>(), new Set<Listener>()] as const;
  let writes = 0;
  const tab = (index: 0 | 1): KonanTokenStorage => ({
    get: () => {
      const raw = items.get(KEY);
      return raw ? (JSON.parse(raw) as KonanTokens) : null;
    },
    set: (tokens) => {
      const value = tokens
        ? JSON.stringify({ access: tokens.access, refresh: tokens.refresh })
        : null;
      if ((items.get(KEY) ?? null) === value) return;
      writes += 1;
      if (value === null) items.delete(KEY);
      else items.set(KEY, value);
      for (const listener of listeners[index === 0 ? 1 : 0]) {
        const tokensNow = value ? (JSON.parse(value) as KonanTokens) : null;
        setTimeout(() => listener(tokensNow), delaysMs[index]);
      }
    },
    subscribe: (listener) => {
      listeners[index].add(listener);
      return () => listeners[index].delete(listener);
    },
  });
  return { tabs: [tab(0), tab(1)] as const, items, writes: () => writes };
}

function Tab({ id }: { id: string }): ReactNode {
  const session = useKonan();
  const { data } = useDeployments();
  return <p data-testid={id}>{data ? `${data.length} deployments` : session.status}</p>;
}

function accessOf(client: KonanClient): string | undefined {
  const state = client.session.getState();
  return state.status === 'authenticated' ? state.tokens.access : undefined;
}

/**
 * Two tabs restore the same stored session after its access token expired, so both refresh at
 * once. Returns how many times they wrote to storage, and what each ended on.
 */
async function bothTabsRefresh(delaysMs?: readonly [number, number]) {
  const login = createKonanClient();
  await login.login({ apiKey: emulator.account.apiKey });
  const state = login.session.getState();
  if (state.status !== 'authenticated') throw new Error('demo login failed');
  const shared = sharedLocalStorage(delaysMs);
  shared.tabs[0].set(state.tokens);
  const writesBefore = shared.writes();
  emulator.clearRequests();

  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 301_000);
  const clients = [createKonanClient(), createKonanClient()] as const;
  const view = render(
    <>
      <KonanProvider client={clients[0]} storage={shared.tabs[0]} queryClient={newQueryClient()}>
        <Tab id="a" />
      </KonanProvider>
      <KonanProvider client={clients[1]} storage={shared.tabs[1]} queryClient={newQueryClient()}>
        <Tab id="b" />
      </KonanProvider>
    </>,
  );
  await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('3 deployments'));
  await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('3 deployments'));
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
  const settled = shared.writes();
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
  const result = {
    refreshes: emulator.countRequests({ path: '/api/auth/token/refresh/' }),
    writes: settled - writesBefore,
    writesLater: shared.writes() - settled,
    tabs: clients.map(accessOf),
    stored: JSON.parse(shared.items.get(KEY) ?? '{}').access as string | undefined,
  };
  view.unmount();
  vi.useRealTimers();
  return result;
}

describe('two tabs sharing localStorage', () => {
  it('both refreshing at the same moment end on the same tokens after one exchange, then stop writing', async () => {
    const result = await bothTabsRefresh();
    expect(result.refreshes).toBe(2);
    // Each tab writes its refreshed token once; at most one more write settles who wins.
    expect(result.writes).toBeLessThanOrEqual(3);
    expect(result.writesLater).toBe(0);
    expect(result.tabs[0]).toBeDefined();
    expect(result.tabs[1]).toBe(result.tabs[0]);
    expect(result.stored).toBe(result.tabs[0]);
  });

  it('converge whichever tab hears of the other first', async () => {
    const delay = fc.integer({ min: 0, max: 40 });
    await fc.assert(
      fc.asyncProperty(fc.tuple(delay, delay), async (delaysMs) => {
        const result = await bothTabsRefresh(delaysMs);
        expect(result.writes).toBeLessThanOrEqual(3);
        expect(result.writesLater).toBe(0);
        expect(result.tabs[1]).toBe(result.tabs[0]);
        expect(result.stored).toBe(result.tabs[0]);
      }),
      { numRuns: 6 },
    );
  }, 30_000);
});
