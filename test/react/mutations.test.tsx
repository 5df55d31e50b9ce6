// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { KonanModel } from '../../src/client';
import {
  konanKeys,
  useCreateDeployment,
  useCreateModel,
  useDeleteDeployment,
  useDeleteModel,
  useDeployments,
  useModels,
  usePrediction,
  useSwitchModelState,
} from '../../src/react';
import { Actions, LOAN_INPUT, renderKonan, setupEmulator } from './harness';

const { emulator, server, scope, loggedIn } = setupEmulator();
const text = (id: string) => screen.getByTestId(id).textContent;
const whenLoggedIn = () =>
  waitFor(() => expect(text('session')).toMatch(/^authenticated/), { timeout: 3000 });

function Predict({ uuid }: { uuid: string }): ReactNode {
  const prediction = usePrediction(uuid);
  return (
    <div>
      <Actions run={{ predict: () => prediction.mutate(LOAN_INPUT) }} />
      <p data-testid="prediction">
        {prediction.status === 'success' && `uuid ${prediction.data.uuid}`}
        {prediction.status === 'error' && `failed: ${prediction.error.message}`}
        {prediction.status === 'pending' && 'predicting'}
        {prediction.status === 'idle' && 'idle'}
      </p>
    </div>
  );
}

describe('usePrediction', () => {
  it('registers one prediction per call and returns its uuid and output', async () => {
    const user = userEvent.setup();
    renderKonan(<Predict uuid={emulator.demo.classifier} />, loggedIn);
    await whenLoggedIn();
    expect(text('prediction')).toBe('idle');
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(text('prediction')).toMatch(/^uuid [\w-]+$/));
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(emulator.countRequests({ path: /predict\/$/ })).toBe(2));
    await waitFor(() => expect(text('prediction')).toMatch(/^uuid/));
  });

  it('makes exactly one request per call even when it fails', async () => {
    const user = userEvent.setup();
    emulator.faults.add({ method: 'POST', path: /predict\/$/, times: 1, status: 503 });
    emulator.faults.add({ method: 'POST', path: /predict\/$/, times: 1, networkError: true });
    renderKonan(<Predict uuid={emulator.demo.classifier} />, loggedIn);
    await whenLoggedIn();
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(text('prediction')).toMatch(/^failed: Konan answered 503/));
    expect(emulator.countRequests({ path: /predict\/$/ })).toBe(1);
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(text('prediction')).toMatch(/^failed: Could not reach Konan/));
    expect(emulator.countRequests({ path: /predict\/$/ })).toBe(2);
  });

  it('shows the error of a deployment without a live model', async () => {
    const user = userEvent.setup();
    renderKonan(<Predict uuid={emulator.demo.failed} />, loggedIn);
    await whenLoggedIn();
    await user.click(screen.getByText('predict'));
    await waitFor(() => expect(text('prediction')).toMatch(/^failed: Konan answered/));
  });
});

function DeploymentsAndCreate(): ReactNode {
  const deployments = useDeployments();
  const create = useCreateDeployment();
  const remove = useDeleteDeployment();
  return (
    <div>
      <Actions
        run={{
          create: () =>
            create.mutate({
              deploymentName: 'Fraud score',
              modelName: 'fraud-v1',
              image: { url: 'registry.konan.ai/demo/fraud:1.0', exposedPort: 8000 },
            }),
          'create broken': () =>
            create.mutate({
              deploymentName: 'Broken',
              modelName: 'broken-v1',
              image: { url: 'registry.konan.ai/demo/missing:1.0', exposedPort: 8000 },
            }),
          'delete house prices': () => remove.mutate(emulator.demo.regressor),
        }}
      />
      <p data-testid="created">
        {create.status === 'success' &&
          `${create.data.deployment.name} live=${create.data.liveModel?.name ?? '-'} errors=${create.data.errors.map((e) => e.type).join('|')}`}
        {create.status === 'error' && `failed: ${create.error.message}`}
        {create.status === 'pending' && 'creating'}
      </p>
      <p data-testid="removed">{remove.status}</p>
      <p data-testid="deployments">{deployments.data?.map((d) => d.name).join(', ')}</p>
    </div>
  );
}

describe('useCreateDeployment', () => {
  it('returns the deployment with its live model and refreshes the deployments list', async () => {
    const user = userEvent.setup();
    const view = renderKonan(<DeploymentsAndCreate />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/Loan approval/));
    await user.click(screen.getByText('create'));
    await waitFor(() => expect(text('created')).toBe('Fraud score live=fraud-v1 errors='));
    expect(text('deployments')).toMatch(/Fraud score/);
    const created = view.queryClient
      .getQueryData<{ uuid: string; name: string }[]>(konanKeys.deployments(scope))
      ?.find((d) => d.name === 'Fraud score');
    expect(
      view.queryClient.getQueryData<KonanModel[]>(konanKeys.models(scope, created?.uuid ?? ''))?.[0]
        ?.name,
    ).toBe('fraud-v1');
  });

  it('reports the errors and container logs of a failed attempt as data, not as a failure', async () => {
    const user = userEvent.setup();
    renderKonan(<DeploymentsAndCreate />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/Loan approval/));
    await user.click(screen.getByText('create broken'));
    await waitFor(() => expect(text('created')).toMatch(/^Broken .*errors=image/));
  });

  it('shows a refused request as an error', async () => {
    const user = userEvent.setup();
    emulator.faults.add({ method: 'POST', path: '/deployments/', status: 500 });
    renderKonan(<DeploymentsAndCreate />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/Loan approval/));
    await user.click(screen.getByText('create'));
    await waitFor(() => expect(text('created')).toMatch(/^failed: Konan answered 500/));
    expect(emulator.countRequests({ method: 'POST', path: '/deployments/' })).toBe(1);
  });
});

describe('useDeleteDeployment', () => {
  it('deletes, drops its cached data and refreshes the list', async () => {
    const user = userEvent.setup();
    const view = renderKonan(<DeploymentsAndCreate />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/House prices/));
    view.queryClient.setQueryData(konanKeys.models(scope, emulator.demo.regressor), []);
    await user.click(screen.getByText('delete house prices'));
    await waitFor(() => expect(text('removed')).toBe('success'));
    expect(text('deployments')).not.toMatch(/House prices/);
    expect(
      view.queryClient.getQueryData(konanKeys.models(scope, emulator.demo.regressor)),
    ).toBeUndefined();
  });

  it('shows the error', async () => {
    const user = userEvent.setup();
    emulator.faults.add({ method: 'DELETE', status: 403 });
    renderKonan(<DeploymentsAndCreate />, loggedIn);
    await waitFor(() => expect(text('deployments')).toMatch(/House prices/));
    await user.click(screen.getByText('delete house prices'));
    await waitFor(() => expect(text('removed')).toBe('error'));
    expect(text('deployments')).toMatch(/House prices/);
  });
});

function ModelsPanel({ uuid }: { uuid: string }): ReactNode {
  const models = useModels(uuid);
  const switchState = useSwitchModelState(uuid);
  const create = useCreateModel(uuid);
  const remove = useDeleteModel(uuid);
  const uuidOf = (name: string) => models.data?.find((m) => m.name === name)?.uuid ?? '';
  return (
    <div>
      <p data-testid="models">
        {models.data
          ?.map((m) => `${m.name}:${m.state}`)
          .sort()
          .join(' ')}
      </p>
      <p data-testid="switch">
        {switchState.status}
        {switchState.error && `: ${switchState.error.message}`}
      </p>
      <p data-testid="create-model">{create.status}</p>
      <p data-testid="delete-model">{remove.status}</p>
      <Actions
        run={{
          promote: () => switchState.mutate({ modelUuid: uuidOf('loan-xgb-v4'), to: 'live' }),
          enable: () =>
            switchState.mutate({ modelUuid: uuidOf('loan-logreg-v1'), to: 'challenger' }),
          'add model': () =>
            create.mutate({
              name: 'loan-nn-v5',
              image: { url: 'registry.konan.ai/demo/loan-nn:5.0', exposedPort: 8000 },
            }),
          'delete model': () => remove.mutate(uuidOf('loan-logreg-v1')),
        }}
      />
    </div>
  );
}

const ORIGINAL = 'loan-gbm-v3:live loan-logreg-v1:disabled loan-xgb-v4:challenger';

/** The classifier's `ModelsPanel`, once it shows the seeded models; returns a user to click. */
async function showModelsPanel() {
  const user = userEvent.setup();
  renderKonan(<ModelsPanel uuid={emulator.demo.classifier} />, loggedIn);
  await waitFor(() => expect(text('models')).toBe(ORIGINAL));
  return user;
}

describe('useSwitchModelState', () => {
  it('shows the promotion at once, and keeps it when Konan agrees', async () => {
    const user = await showModelsPanel();
    await user.click(screen.getByText('promote'));
    await waitFor(() => expect(text('switch')).toBe('success'));
    expect(text('models')).toBe('loan-gbm-v3:challenger loan-logreg-v1:disabled loan-xgb-v4:live');
  });

  it('rolls the optimistic update back when the switch fails', async () => {
    const user = userEvent.setup();
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post(
        `https://api.konan.ai/deployments/${emulator.demo.classifier}/switch/`,
        async () => {
          await answered;
          return HttpResponse.json({ detail: 'Switching is paused' }, { status: 409 });
        },
      ),
    );
    renderKonan(<ModelsPanel uuid={emulator.demo.classifier} />, loggedIn);
    await waitFor(() => expect(text('models')).toBe(ORIGINAL));
    // Hold the refetch that follows the failure, so what shows meanwhile is the rollback alone.
    let refetched: () => void = () => {};
    const refetchHeld = new Promise<void>((resolve) => {
      refetched = resolve;
    });
    server.use(
      http.get(`https://api.konan.ai/deployments/${emulator.demo.classifier}/models/`, async () => {
        await refetchHeld;
        return HttpResponse.error();
      }),
    );
    await user.click(screen.getByText('promote'));
    // Optimistic: shown before Konan has answered.
    await waitFor(() =>
      expect(text('models')).toBe(
        'loan-gbm-v3:challenger loan-logreg-v1:disabled loan-xgb-v4:live',
      ),
    );
    expect(text('switch')).toBe('pending');
    await act(async () => answer());
    await waitFor(() => expect(text('models')).toBe(ORIGINAL));
    await act(async () => refetched());
    await waitFor(() => expect(text('switch')).toMatch(/^error: .*409.*Switching is paused/));
    expect(text('models')).toBe(ORIGINAL);
  });

  it('moves a model between disabled and challenger', async () => {
    const user = await showModelsPanel();
    await user.click(screen.getByText('enable'));
    await waitFor(() => expect(text('switch')).toBe('success'));
    expect(text('models')).toBe(
      'loan-gbm-v3:live loan-logreg-v1:challenger loan-xgb-v4:challenger',
    );
  });
});

describe('useCreateModel and useDeleteModel', () => {
  it('add a model and remove one, refreshing the models list', async () => {
    const user = await showModelsPanel();
    await user.click(screen.getByText('add model'));
    await waitFor(() => expect(text('create-model')).toBe('success'));
    expect(text('models')).toMatch(/loan-nn-v5:challenger/);
    await user.click(screen.getByText('delete model'));
    await waitFor(() => expect(text('delete-model')).toBe('success'));
    expect(text('models')).not.toMatch(/loan-logreg-v1/);
  });

  it('show their errors', async () => {
    const user = userEvent.setup();
    emulator.faults.add({ method: 'POST', path: /models\/$/, status: 500 });
    emulator.faults.add({ method: 'DELETE', status: 500 });
    renderKonan(<ModelsPanel uuid={emulator.demo.classifier} />, loggedIn);
    await waitFor(() => expect(text('models')).toBe(ORIGINAL));
    await user.click(screen.getByText('add model'));
    await waitFor(() => expect(text('create-model')).toBe('error'));
    await user.click(screen.getByText('delete model'));
    await waitFor(() => expect(text('delete-model')).toBe('error'));
    expect(text('models')).toBe(ORIGINAL);
  });
});
