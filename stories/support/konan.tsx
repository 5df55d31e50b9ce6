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

/** An emulator made only to read the fixed seed's demo uuids and account (the same in every story). */
const seeded: KonanEmulator = createKonanEmulator();

/** The seeded demo deployments (the same uuids in every story: the seed is fixed). */
export const storyDemo: KonanEmulatorDemo = {
  classifier: env.STORYBOOK_KONAN_CLASSIFIER ?? seeded.demo.classifier,
  regressor: env.STORYBOOK_KONAN_REGRESSOR ?? seeded.demo.regressor,
  failed: env.STORYBOOK_KONAN_FAILED ?? seeded.demo.failed,
};

/** The demo account, for play functions that log in through a form. */
export const storyAccount = seeded.account;

/*
 * Each story gets its own emulator from its loader, on its context (`loaded.konan`), not in a
 * module variable: a docs page prepares all of its stories at once. Its client stamps every request
 * with that emulator's id and the handlers answer from it, so a request still in flight from the
 * previous story (a sparkline's bucket, a refetch) is answered by the previous story's emulator
 * instead of using up the next story's one-shot fault.
 */
const STORY_HEADER = 'x-konan-story';
const storyEmulators = new Map<string, KonanEmulator>();
let storyCount = 0;

/** The emulator a story runs against, with the id its client stamps on its requests. */
interface StoryKonan {
  id: string;
  emulator: KonanEmulator;
}

const storyHandlers = realApiUrl
  ? []
  : konanHandlers({
      handle: (request: Request) => {
        const emulator = storyEmulators.get(request.headers.get(STORY_HEADER) ?? '');
        if (emulator) return emulator.handle(request);
        return new Response(JSON.stringify({ detail: 'No story emulator for this request.' }), {
          status: 502,
          headers: { 'content-type': 'application/json' },
        });
      },
    } as KonanEmulator);

/**
 * Starts MSW with the emulator's handlers as its initial ones: `mswLoader` resets the handlers
 * before every story (`resetHandlers` goes back to these), so no story can lose them.
 */
export async function startStoryWorker() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(...storyHandlers);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return worker;
}

function storyClient(id: string) {
  return createKonanClient({
    fetch: (input, init) => {
      const request = new Request(input, init);
      request.headers.set(STORY_HEADER, id);
      return globalThis.fetch(request);
    },
  });
}

function StoryKonanProvider({
  konan,
  login,
  children,
}: {
  konan: StoryKonan;
  login: boolean;
  children: ReactNode;
}) {
  // A QueryClient per story, so no cache leaks from one story into the next.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } }),
  );
  const [client] = useState(() => (realApiUrl ? undefined : storyClient(konan.id)));
  const apiKey = login ? (realApiUrl ? realApiKey : konan.emulator.account.apiKey) : undefined;
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

function storyKonanOf(loaded: Record<string, unknown>): StoryKonan {
  const konan = loaded.konan as StoryKonan | undefined;
  if (!konan) throw new Error('konanStory: the story has no emulator (its loader did not run).');
  return konan;
}

/**
 * Spread into a story to run it against a fresh, seeded emulator inside `<KonanProvider>`:
 * `export const Connected: Story = { ...konanStory(), render: () => <ConnectedThing /> }`.
 */
export function konanStory(options: KonanStoryOptions = {}) {
  const { login = true, faults = [], latencyMs = STORY_LATENCY_MS } = options;
  const decorator: Decorator = (Story, context) => (
    <StoryKonanProvider konan={storyKonanOf(context.loaded)} login={login}>
      <Story />
    </StoryKonanProvider>
  );
  return {
    decorators: [decorator],
    loaders: [
      async () => {
        const emulator = createKonanEmulator({ latencyMs });
        for (const fault of faults) emulator.faults.add(fault);
        const id = String(++storyCount);
        storyEmulators.set(id, emulator);
        return { konan: { id, emulator } satisfies StoryKonan };
      },
    ],
  };
}
