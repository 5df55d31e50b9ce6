// Server rendering runs in node, without jsdom: there is no `window` here.
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KonanProvider,
  konanLocalStorage,
  konanSessionStorage,
  useDeployments,
  useKonan,
} from '../../src/react';

function Page(): ReactNode {
  const session = useKonan();
  const deployments = useDeployments();
  return <p>{`${session.status} ${deployments.status}/${deployments.fetchStatus}`}</p>;
}

let touches = 0;
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

/** Counts every read of `window` (including `typeof window`) from here on. */
function watchWindow(): void {
  touches = 0;
  Object.defineProperty(globalThis, 'window', {
    configurable: true,
    get() {
      touches++;
      return undefined;
    },
  });
}

describe('server rendering', () => {
  it('renders the provider without touching window, even with web storage and a login', () => {
    expect(typeof window).toBe('undefined');
    watchWindow();
    const html = renderToString(
      <KonanProvider apiKey="key" storage={konanLocalStorage()}>
        <Page />
      </KonanProvider>,
    );
    expect(html).toBe('<p>authenticating pending/idle</p>');
    expect(touches).toBe(0);
  });

  it('renders an anonymous session as anonymous, with queries waiting', () => {
    watchWindow();
    const html = renderToString(
      <KonanProvider>
        <Page />
      </KonanProvider>,
    );
    expect(html).toBe('<p>anonymous pending/idle</p>');
    expect(touches).toBe(0);
  });

  it('storage adapters read as empty and write nothing where there is no window', () => {
    const storage = konanSessionStorage();
    expect(storage.get()).toBeNull();
    expect(() => storage.set({ access: 'a', refresh: 'r' })).not.toThrow();
    expect(konanLocalStorage().subscribe?.(() => {})).toBeTypeOf('function');
  });
});
