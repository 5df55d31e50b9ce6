// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KonanTokens } from '../../src/client';
import {
  KONAN_DEFAULT_STORAGE_KEY,
  konanKeys,
  konanLocalStorage,
  konanMemoryStorage,
  konanSessionStorage,
  useDeployments,
  useKonan,
} from '../../src/react';
import { demoTokens, renderKonan, setupEmulator } from './harness';

const { emulator, scope } = setupEmulator();
const credentials = { email: emulator.account.email, password: emulator.account.password };
const session = () => screen.getByTestId('session').textContent;

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

function everythingStored(): string {
  const values: string[] = [];
  for (const area of [window.localStorage, window.sessionStorage]) {
    for (let i = 0; i < area.length; i++) {
      const key = area.key(i) ?? '';
      values.push(key, area.getItem(key) ?? '');
    }
  }
  return values.join('\n');
}

/** What another tab does to localStorage, and the event this tab receives for it. */
function otherTabWrites(value: string | null): void {
  const oldValue = window.localStorage.getItem(KONAN_DEFAULT_STORAGE_KEY);
  if (value === null) window.localStorage.removeItem(KONAN_DEFAULT_STORAGE_KEY);
  else window.localStorage.setItem(KONAN_DEFAULT_STORAGE_KEY, value);
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: KONAN_DEFAULT_STORAGE_KEY,
      oldValue,
      newValue: value,
      storageArea: window.localStorage,
    }),
  );
}

const statuses: string[] = [];
function RecordStatus(): ReactNode {
  statuses.push(useKonan().status);
  return null;
}

function Deployments(): ReactNode {
  const { data } = useDeployments();
  const { logout } = useKonan();
  return (
    <div>
      <button type="button" onClick={() => logout()}>
        log out
      </button>
      <p data-testid="names">{data?.map((d) => d.name).join(', ')}</p>
    </div>
  );
}

describe('token storage', () => {
  it('keeps tokens in memory by default: nothing in web storage', async () => {
    renderKonan(null, { credentials });
    await waitFor(() => expect(session()).toMatch(/^authenticated/));
    expect(everythingStored()).toBe('');
  });

  it('stores only the tokens in localStorage: never the password or the API key', async () => {
    renderKonan(null, { credentials, storage: konanLocalStorage() });
    await waitFor(() => expect(session()).toMatch(/^authenticated/));
    const stored = JSON.parse(window.localStorage.getItem(KONAN_DEFAULT_STORAGE_KEY) ?? '{}');
    expect(Object.keys(stored).sort()).toEqual(['access', 'refresh']);
    expect(everythingStored()).not.toContain(emulator.account.password);
    expect(everythingStored()).not.toContain(emulator.account.apiKey);
  });

  it('never stores an API key either', async () => {
    renderKonan(null, { apiKey: emulator.account.apiKey, storage: konanSessionStorage() });
    await waitFor(() => expect(session()).toMatch(/^authenticated/));
    expect(window.sessionStorage.getItem(KONAN_DEFAULT_STORAGE_KEY)).toMatch(/"access"/);
    expect(everythingStored()).not.toContain(emulator.account.apiKey);
  });

  it('restores the session on the next load without logging in, and without an anonymous flash', async () => {
    window.sessionStorage.setItem(
      KONAN_DEFAULT_STORAGE_KEY,
      JSON.stringify(await demoTokens(emulator)),
    );
    statuses.length = 0;
    renderKonan(
      <>
        <RecordStatus />
        <Deployments />
      </>,
      { storage: konanSessionStorage() },
    );
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Loan approval/));
    expect(statuses[0]).toBe('authenticating');
    expect(statuses).not.toContain('anonymous');
    expect(emulator.countRequests({ path: /^\/api\/auth\// })).toBe(0);
  });

  it('ignores unreadable leftovers in storage', async () => {
    window.localStorage.setItem(KONAN_DEFAULT_STORAGE_KEY, '{"access":"not a jwt","refresh":"x"}');
    renderKonan(null, { storage: konanLocalStorage() });
    await waitFor(() => expect(session()).toBe('anonymous'));
    expect(window.localStorage.getItem(KONAN_DEFAULT_STORAGE_KEY)).toBeNull();
  });

  it('forgets the tokens on logout', async () => {
    const user = userEvent.setup();
    renderKonan(<Deployments />, { credentials, storage: konanLocalStorage() });
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Loan approval/));
    await user.click(screen.getByText('log out'));
    expect(window.localStorage.getItem(KONAN_DEFAULT_STORAGE_KEY)).toBeNull();
    expect(session()).toBe('anonymous');
  });

  it('follows a logout in another tab: anonymous (not an error), cache cleared, no request', async () => {
    const view = renderKonan(<Deployments />, { credentials, storage: konanLocalStorage() });
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Loan approval/));
    emulator.clearRequests();
    act(() => otherTabWrites(null));
    expect(session()).toBe('anonymous');
    expect(screen.getByTestId('names').textContent).toBe('');
    expect(view.queryClient.getQueryData(konanKeys.deployments(scope))).toBeUndefined();
    expect(emulator.requests).toEqual([]);
  });

  it('follows a login in another tab', async () => {
    renderKonan(<Deployments />, { storage: konanLocalStorage() });
    await waitFor(() => expect(session()).toBe('anonymous'));
    const tokens = await demoTokens(emulator);
    act(() => otherTabWrites(JSON.stringify(tokens)));
    expect(session()).toBe(`authenticated as ${emulator.account.email}`);
    await waitFor(() => expect(screen.getByTestId('names').textContent).toMatch(/Loan approval/));
  });

  it('does not follow other tabs through sessionStorage, which is per tab', () => {
    expect(konanSessionStorage().subscribe).toBeUndefined();
    expect(konanLocalStorage().subscribe).toBeTypeOf('function');
  });

  it('memory storage keeps the session across a remount of the provider', async () => {
    const storage = konanMemoryStorage();
    const first = renderKonan(null, { credentials, storage });
    await waitFor(() => expect(session()).toMatch(/^authenticated/));
    first.unmount();
    emulator.clearRequests();
    renderKonan(null, { storage });
    await waitFor(() => expect(session()).toMatch(/^authenticated/));
    expect(emulator.countRequests({ path: /^\/api\/auth\// })).toBe(0);
  });

  it('adapters write only the two token strings', () => {
    const storage = konanLocalStorage({ key: 'custom' });
    const extra = { access: 'a', refresh: 'r', password: 'p' } as KonanTokens;
    storage.set(extra);
    expect(window.localStorage.getItem('custom')).toBe('{"access":"a","refresh":"r"}');
    expect(storage.get()).toEqual({ access: 'a', refresh: 'r' });
    storage.set(null);
    expect(storage.get()).toBeNull();
    const memory = konanMemoryStorage();
    memory.set(extra);
    expect(memory.get()).toEqual({ access: 'a', refresh: 'r' });
  });
});
