import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createKonanClient } from '../../src/client';
import type { KonanEmulator, KonanEmulatorDemo, KonanEmulatorFault } from '../../src/emulator';
import { createKonanEmulator } from '../../src/emulator';
import { konanHandlers } from '../../src/emulator/msw';
import { KonanProvider } from '../../src/react';

/*
 * Stories talk to the embedded Konan emulator through MSW by default. Point them at a real Konan
 * with STORYBOOK_KONAN_API_URL (and STORYBOOK_KONAN_AUTH_URL, STORYBOOK_KONAN_API_KEY, and the
 * deployment uuids STORYBOOK_KONAN_CLASSIFIER / _REGRESSOR / _FAILED): MSW then serves nothing.
 */
const env = (import.meta.env ?? {}) as Record<string, string | undefined>;
const realApiUrl = env.STORYBOOK_KONAN_API_URL;
const realAuthUrl = env.STORYBOOK_KONAN_AUTH_URL;
const realApiKey = env.STORYBOOK_KONAN_API_KEY;

/** Latency the emulator adds in stories, so loading states are visible. */
export const STORY_LATENCY_MS = 150;

let current: KonanEmulator = createKonanEmulator({ latencyMs: STORY_LATENCY_MS });

/** The emulator serving the story being shown (a fresh, seeded one per story). */
export function storyEmulator(): KonanEmulator {
  return current;
}

/** The seeded demo deployments (the same uuids in every story: the seed is fixed). */
export const storyDemo: KonanEmulatorDemo = {
  classifier: env.STORYBOOK_KONAN_CLASSIFIER ?? current.demo.classifier,
  regressor: env.STORYBOOK_KONAN_REGRESSOR ?? current.demo.regressor,
  failed: env.STORYBOOK_KONAN_FAILED ?? current.demo.failed,
};

/** The demo account, for play functions that log in through a form. */
export const storyAccount = current.account;

/*
 * Each story's client stamps its requests with the id of the emulator that was current when the
 * story mounted, and the handlers answer from that emulator. A request still in flight from the
 * previous story (a sparkline's bucket, a refetch) is then answered by the previous story's
 * emulator, instead of using up the next story's one-shot fault.
 */
const STORY_HEADER = 'x-konan-story';
const storyEmulators = new Map<string, KonanEmulator>();
let storyCount = 0;
const storyHandlers = realApiUrl
  ? []
  : konanHandlers({
      handle: (request: Request) =>
        (storyEmulators.get(request.headers.get(STORY_HEADER) ?? '') ?? current).handle(request),
    } as KonanEmulator);

/** A client whose requests the current story's emulator answers, however late they arrive. */
function createStoryClient() {
  const id = String(++storyCount);
  storyEmulators.set(id, current);
  return createKonanClient({
    fetch: (input, init) => {
      const request = new Request(input, init);
      request.headers.set(STORY_HEADER, id);
      return globalThis.fetch(request);
    },
  });
}

function StoryKonanProvider({ login, children }: { login: boolean; children: ReactNode }) {
  // A QueryClient per story, so no cache leaks from one story into the next.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  );
  const [client] = useState(() => (realApiUrl ? undefined : createStoryClient()));
  const apiKey = login ? (realApiUrl ? realApiKey : current.account.apiKey) : undefined;
  return (
    <KonanProvider
      queryClient={queryClient}
      {...(client && { client })}
      {...(realApiUrl && { apiUrl: realApiUrl })}
      {...(realAuthUrl && { authUrl: realAuthUrl })}
      {...(apiKey && { apiKey })}
    >
      {children}
    </KonanProvider>
  );
}

export interface KonanStoryOptions {
  /** Start logged in with the demo API key. Default true. */
  login?: boolean;
  /** Faults the emulator injects for this story. */
  faults?: KonanEmulatorFault[];
  /** Latency of every request, in milliseconds. Default {@link STORY_LATENCY_MS}. */
  latencyMs?: number;
}

/**
 * Spread into a story to run it against a fresh, seeded emulator inside `<KonanProvider>`:
 * `export const Connected: Story = { ...konanStory(), render: () => <ConnectedThing /> }`.
 */
export function konanStory(options: KonanStoryOptions = {}) {
  const { login = true, faults = [], latencyMs = STORY_LATENCY_MS } = options;
  const decorator: Decorator = (Story) => (
    <StoryKonanProvider login={login}>
      <Story />
    </StoryKonanProvider>
  );
  return {
    decorators: [decorator],
    parameters: { msw: storyHandlers },
    beforeEach: () => {
      current = createKonanEmulator({ latencyMs });
      for (const fault of faults) current.faults.add(fault);
    },
  };
}
