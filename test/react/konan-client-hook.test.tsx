// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { type ReactNode, useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createKonanClient, type KonanClient } from '../../src/client';
import { useKonanClient, useModels } from '../../src/react';
import { renderKonan, setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator();

const seen: KonanClient[] = [];

function ModelCountFromClient(): ReactNode {
  const client = useKonanClient();
  seen.push(client);
  const [count, setCount] = useState<string>('…');
  useEffect(() => {
    if (client.session.getState().status !== 'authenticated') return;
    client.listModels(emulator.demo.classifier).then((models) => setCount(String(models.length)));
  });
  return <p data-testid="count">{count}</p>;
}

function Models(): ReactNode {
  const { data } = useModels(emulator.demo.classifier);
  return <p data-testid="models">{data ? data.length : 'loading'}</p>;
}

describe('useKonanClient', () => {
  it("gives every endpoint method over the provider's own session, the same object each render", async () => {
    seen.length = 0;
    renderKonan(<ModelCountFromClient />, loggedIn);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toMatch(/^\d+$/));
    expect(Number(screen.getByTestId('count').textContent)).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]?.session.getState().status).toBe('authenticated');
  });

  it('returns the very client passed to the provider', () => {
    seen.length = 0;
    const client = createKonanClient();
    renderKonan(<ModelCountFromClient />, { client });
    expect(seen[0]).toBe(client);
  });

  it("sends the hooks' calls through a wrapper's own methods (instrumentation, test doubles)", async () => {
    const real = createKonanClient();
    const calls: string[] = [];
    const wrapped: KonanClient = {
      ...real,
      listModels: (uuid, options) => {
        calls.push(uuid);
        return real.listModels(uuid, options);
      },
    };
    renderKonan(<Models />, { ...loggedIn, client: wrapped });
    await waitFor(() => expect(screen.getByTestId('models').textContent).toMatch(/^\d+$/));
    expect(calls).toEqual([emulator.demo.classifier]);
  });
});
