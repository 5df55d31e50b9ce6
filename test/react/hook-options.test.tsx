// @vitest-environment jsdom
import { useIsMutating, useMutationState } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  KonanProvider,
  konanKeys,
  konanLocalStorage,
  useDeleteModel,
  useDeployments,
  useModels,
  usePrediction,
} from '../../src/react';
import { Actions, flush, LOAN_INPUT, newQueryClient, renderKonan, setupEmulator } from './harness';

const { emulator, scope, loggedIn } = setupEmulator();
const text = (id: string) => screen.getByTestId(id).textContent;
const whenLoggedIn = () =>
  waitFor(() => expect(text('session')).toMatch(/^authenticated/), { timeout: 3000 });

function Names(): ReactNode {
  const names = useDeployments({ select: (deployments) => deployments.map((d) => d.name) });
  const first: string | undefined = names.data?.[0];
  return <p data-testid="names">{names.data ? `${names.data.length} ${first}` : 'none'}</p>;
}

function Models(): ReactNode {
  const models = useModels(emulator.demo.classifier, { enabled: false });
  return <p data-testid="models">{`${models.status} ${models.fetchStatus}`}</p>;
}

function Predict({ onSuccess }: { onSuccess: () => void }): ReactNode {
  const prediction = usePrediction(emulator.demo.classifier, { onSuccess });
  const running = useIsMutating({
    mutationKey: konanKeys.mutations.predict(scope, emulator.demo.classifier),
  });
  const statuses = useMutationState({
    filters: { mutationKey: konanKeys.deployment(scope, emulator.demo.classifier) },
    select: (mutation) => mutation.state.status,
  });
  return (
    <div>
      <Actions run={{ predict: () => prediction.mutate(LOAN_INPUT) }} />
      <p data-testid="running">{running}</p>
      <p data-testid="statuses">{statuses.join(',')}</p>
    </div>
  );
}

function Delete({ onError }: { onError: () => void }): ReactNode {
  const remove = useDeleteModel(emulator.demo.classifier, { onError });
  return <Actions run={{ delete: () => remove.mutate('not-a-uuid') }} />;
}

describe('query hook options', () => {
  it('passes `select` through, changing the data type', async () => {
    renderKonan(<Names />, loggedIn);
    await whenLoggedIn();
    await waitFor(() => expect(text('names')).toMatch(/^\d+ \S/));
  });

  it('combines `enabled` with the session: `enabled: false` waits even when logged in', async () => {
    renderKonan(<Models />, loggedIn);
    await whenLoggedIn();
    await flush();
    expect(text('models')).toBe('pending idle');
    expect(emulator.countRequests({ path: /models\/$/ })).toBe(0);
  });
});

describe('mutation keys and options', () => {
  it('keys every mutation from konanKeys.mutations, for useIsMutating and useMutationState', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderKonan(<Predict onSuccess={onSuccess} />, loggedIn);
    await whenLoggedIn();
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(text('statuses')).toBe('success'));
    expect(text('running')).toBe('0');
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it("runs the caller's onError after the hook's own", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const { queryClient } = renderKonan(<Delete onError={onError} />, loggedIn);
    await whenLoggedIn();
    await user.click(screen.getByText('delete'));
    await waitFor(() => expect(onError).toHaveBeenCalledOnce());
    const [mutation] = queryClient
      .getMutationCache()
      .findAll({ mutationKey: konanKeys.mutations.deleteModel(scope, emulator.demo.classifier) });
    expect(mutation?.state.status).toBe('error');
  });
});

describe('props read once', () => {
  it('warns in development when apiUrl, authUrl, storage or client change after mount', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = newQueryClient();
    const provider = (apiUrl: string) => (
      // An inline `konanLocalStorage()` is a new object each render but the same storage.
      <KonanProvider queryClient={queryClient} apiUrl={apiUrl} storage={konanLocalStorage()}>
        {null}
      </KonanProvider>
    );
    const { rerender } = render(provider('https://one.example.com'));
    rerender(provider('https://one.example.com'));
    await flush();
    expect(warn).not.toHaveBeenCalled();
    rerender(provider('https://two.example.com'));
    rerender(provider('https://three.example.com'));
    await flush();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/`apiUrl` prop changed after mount/);
    warn.mockRestore();
  });
});
