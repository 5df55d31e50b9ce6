import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { type ReactNode, StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createKonanClient, type KonanTokens } from '../../src/client';
import {
  createKonanEmulator,
  type KonanEmulator,
  type KonanEmulatorOptions,
} from '../../src/emulator';
import { konanHandlers } from '../../src/emulator/msw';
import {
  type KonanKeyScope,
  KonanProvider,
  type KonanProviderProps,
  useKonan,
} from '../../src/react';

/** The last 30 days, where the emulator's demo predictions live. Fixed per call, so keys are stable. */
export function lastDays(days = 30): { start: Date; end: Date } {
  const end = new Date();
  return { start: new Date(end.getTime() - days * 86_400_000), end };
}

/**
 * One emulator per test file, served through MSW on the hosted Konan origins (the provider's
 * defaults), reset after every test; with the demo account's key scope and login props.
 */
export function setupEmulator(options: KonanEmulatorOptions = {}) {
  const emulator = createKonanEmulator(options);
  const server = setupServer(...konanHandlers(emulator));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
    emulator.reset();
    vi.useRealTimers();
  });
  afterAll(() => server.close());
  return {
    emulator,
    server,
    /** The query-key scope of the demo account's session (`hostedScope` of its email). */
    scope: hostedScope(emulator.account.email),
    /** Provider props that log in with the demo account's API key. */
    loggedIn: { apiKey: emulator.account.apiKey },
  };
}

/** The query-key scope of `email`'s session on hosted Konan (the provider's default URLs). */
export function hostedScope(email: string): KonanKeyScope {
  return { api: 'https://api.konan.ai', user: email };
}

/** A QueryClient per test, so no test sees another's cache. */
export function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY } } });
}

/** Shows the session status, so tests can wait for `authenticated`. */
export function SessionStatus(): ReactNode {
  const session = useKonan();
  return (
    <p data-testid="session">
      {session.status}
      {session.status === 'authenticated' && ` as ${session.user.email}`}
      {session.status === 'error' && `: ${session.error.message}`}
    </p>
  );
}

export interface RenderKonanOptions extends Omit<KonanProviderProps, 'children'> {
  strict?: boolean;
}

export function renderKonan(ui: ReactNode, options: RenderKonanOptions = {}) {
  const { strict, ...props } = options;
  const queryClient = props.queryClient ?? newQueryClient();
  const tree = (content: ReactNode) => {
    const provided = (
      <KonanProvider queryClient={queryClient} {...props}>
        <SessionStatus />
        {content}
      </KonanProvider>
    );
    return strict ? <StrictMode>{provided}</StrictMode> : provided;
  };
  const result = render(tree(ui));
  return {
    ...result,
    queryClient,
    rerender: (next: ReactNode) => result.rerender(tree(next)),
  };
}

/** A loan application, as the demo classifier takes it. */
export const LOAN_INPUT = { income: 52_000, amount: 12_000, term_months: 36 };

/** One button per entry of `run`, named by its key, that runs its action when clicked. */
export function Actions({ run }: { run: Record<string, () => unknown> }): ReactNode {
  return Object.entries(run).map(([name, action]) => (
    <button key={name} type="button" onClick={() => void action()}>
      {name}
    </button>
  ));
}

/** Tokens of the demo account, from a client logged in with its API key; the request log cleared. */
export async function demoTokens(emulator: KonanEmulator): Promise<KonanTokens> {
  const client = createKonanClient();
  await client.login({ apiKey: emulator.account.apiKey });
  const state = client.session.getState();
  if (state.status !== 'authenticated') throw new Error('demo login failed');
  emulator.clearRequests();
  return state.tokens;
}

/** Lets pending promises and React updates settle (no timers involved). */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
