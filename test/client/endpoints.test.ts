import { describe, expect, it } from 'vitest';
import { isKonanHttpError, type KonanMetric } from '../../src/client';
import { lastDays, setupEmulator } from './harness';

const { emulator, loggedIn, captureBodies } = setupEmulator();

const metric = (metrics: KonanMetric[], name: string) => metrics.find((m) => m.name === name);

describe('predict', () => {
  it('sends the input as the body and answers the prediction, deterministically', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/\/predict\/$/);
    const input = { income: 42_000, age: 37, loan_amount: 12_000 };
    const first = await client.predict(emulator.demo.classifier, input);
    const second = await client.predict(emulator.demo.classifier, input);
    expect(await Promise.all(bodies)).toEqual([input, input]);
    expect(first.uuid).not.toBe(second.uuid);
    expect(first.output).toEqual(second.output);
    expect(first.output).toMatchObject({ label: expect.stringMatching(/approved|rejected/) });
  });

  it('accepts any JSON value as the input', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/\/predict\/$/);
    await client.predict(emulator.demo.regressor, [1, 2, 3]);
    await client.predict(emulator.demo.regressor, 'text input');
    expect(await Promise.all(bodies)).toEqual([[1, 2, 3], 'text input']);
  });

  it('reports an unknown deployment as an HTTP 404 with the server message', async () => {
    const client = await loggedIn();
    const error = await client.predict('no-such-deployment', {}).catch((e: unknown) => e);
    expect(isKonanHttpError(error) && error.status).toBe(404);
    expect(isKonanHttpError(error) && error.serverMessage).toMatch(/not found/i);
  });
});

describe('predictions listing', () => {
  it('sends the window as ISO 8601 and reads one page', async () => {
    const client = await loggedIn();
    const window = lastDays();
    const page = await client.listPredictions(emulator.demo.classifier, window);
    const url = new URL(emulator.requests[0]?.url ?? '');
    expect(url.searchParams.get('start_time')).toBe(window.start.toISOString());
    expect(url.searchParams.get('end_time')).toBe(window.end.toISOString());
    expect(page.count).toBeGreaterThan(page.predictions.length);
    expect(page.predictions).toHaveLength(100);
    expect(page.next).toMatch(/^https:\/\/api\.konan\.ai\//);
    const [first] = page.predictions;
    expect(first?.uuid).toEqual(expect.any(String));
    expect(first?.features).toBeTypeOf('object');
    expect(first?.output).not.toBeNull();
  });

  it('reads the next page from a previous page URL', async () => {
    const client = await loggedIn();
    const window = lastDays();
    const first = await client.listPredictions(emulator.demo.classifier, window);
    const second = await client.listPredictions(emulator.demo.classifier, window, {
      pageUrl: first.next ?? '',
    });
    expect(emulator.requests[1]?.url).toBe(first.next);
    const firstIds = new Set(first.predictions.map((p) => p.uuid));
    expect(second.predictions.some((p) => firstIds.has(p.uuid))).toBe(false);
  });

  it('iterates every page, following next until it is null', async () => {
    const client = await loggedIn();
    const seen = new Set<string>();
    let pages = 0;
    let count = 0;
    for await (const page of client.predictions(emulator.demo.regressor, lastDays())) {
      pages++;
      count = page.count;
      for (const p of page.predictions) seen.add(p.uuid);
    }
    expect(seen.size).toBe(count);
    expect(pages).toBe(Math.ceil(count / 100));
    expect(emulator.countRequests({ method: 'GET' })).toBe(pages);
  });

  it('shows feedback recorded on a prediction', async () => {
    const client = await loggedIn();
    const { uuid } = await client.predict(emulator.demo.regressor, { surface: 70, rooms: 3 });
    await client.submitFeedbacks(emulator.demo.regressor, [
      { predictionUuid: uuid, target: { value: 321_000 } },
    ]);
    let found: unknown;
    for await (const page of client.predictions(emulator.demo.regressor, lastDays(1))) {
      found ??= page.predictions.find((p) => p.uuid === uuid);
    }
    expect(found).toMatchObject({ uuid, feedback: { value: 321_000 } });
  });
});

describe('evaluate', () => {
  it("computes a classifier's metrics over the window, sent as ISO 8601", async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/\/evaluate\/$/);
    const window = lastDays();
    const { metrics } = await client.evaluate(emulator.demo.classifier, window);
    expect(await bodies[0]).toEqual({
      start_time: window.start.toISOString(),
      end_time: window.end.toISOString(),
    });
    for (const name of ['precision', 'recall', 'f1_score']) {
      const m = metric(metrics, name);
      expect(m?.kind).toBe('scalar');
      expect(m?.value).toBeGreaterThanOrEqual(0);
      expect(m?.value).toBeLessThanOrEqual(1);
    }
    const matrix = metric(metrics, 'confusion_matrix');
    expect(matrix?.kind).toBe('matrix');
    if (matrix?.kind === 'matrix') {
      expect(matrix.value.matrix.length).toBeGreaterThan(1);
      expect(matrix.value.matrix.flat().every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    }
    expect(metric(metrics, 'rmse')).toBeUndefined();
  });

  it("computes a regressor's RMSE and MAE", async () => {
    const client = await loggedIn();
    const { metrics } = await client.evaluate(emulator.demo.regressor, lastDays());
    const rmse = metric(metrics, 'rmse');
    const mae = metric(metrics, 'mae');
    expect(rmse?.kind).toBe('scalar');
    expect(mae?.kind).toBe('scalar');
    expect(Number(rmse?.value)).toBeGreaterThanOrEqual(Number(mae?.value));
    expect(metric(metrics, 'confusion_matrix')).toBeUndefined();
  });
});

describe('deployments', () => {
  it('lists the deployments', async () => {
    const client = await loggedIn();
    const page = await client.listDeployments();
    const uuids = page.deployments.map((d) => d.uuid);
    expect(uuids).toEqual(
      expect.arrayContaining([
        emulator.demo.classifier,
        emulator.demo.regressor,
        emulator.demo.failed,
      ]),
    );
    expect(page.deployments.every((d) => d.createdAt instanceof Date)).toBe(true);
  });

  it('creates a deployment with its live model, sending both name fields and no registry credentials', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/^\/deployments\/$/);
    const created = await client.createDeployment({
      deploymentName: 'Fraud score',
      modelName: 'fraud-v1',
      image: { url: 'registry.example.com/team/fraud:1.0', exposedPort: 8000 },
    });
    expect(await bodies[0]).toEqual({
      name: 'Fraud score',
      deployment_name: 'Fraud score',
      model_name: 'fraud-v1',
      image_url: 'registry.example.com/team/fraud:1.0',
      exposed_port: 8000,
    });
    expect(created.errors).toEqual([]);
    expect(created.deployment.name).toBe('Fraud score');
    expect(created.liveModel).toMatchObject({ name: 'fraud-v1', state: 'live' });
    expect(created.containerLogs).toContain('\n');
    const models = await client.listModels(created.deployment.uuid);
    expect(models.map((m) => m.uuid)).toEqual([created.liveModel?.uuid]);
  });

  it('sends registry credentials only when given', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/^\/deployments\/$/);
    await client.createDeployment({
      deploymentName: 'Private',
      modelName: 'private-v1',
      image: {
        url: 'registry.example.com/team/private:2.0',
        exposedPort: 8080,
        credentials: { username: 'robot', password: 's3cret' },
      },
    });
    expect(await bodies[0]).toMatchObject({ docker_username: 'robot', docker_password: 's3cret' });
  });

  it.each([
    ['image', 'not a docker reference!', 8000],
    ['health_endpoint', 'registry.example.com/team/no-healthz:1.0', 8000],
    ['exposed_port', 'registry.example.com/team/model:1.0', 80],
  ])('reports a %s error with the container logs', async (type, url, exposedPort) => {
    const client = await loggedIn();
    const created = await client.createDeployment({
      deploymentName: `Broken ${type}`,
      modelName: 'broken',
      image: { url: url.replaceAll(' ', '-'), exposedPort },
    });
    expect(created.errors.map((e) => e.type)).toContain(type);
    expect(created.errors.every((e) => e.message.length > 0)).toBe(true);
    // The model exists though its container did not start (the reference client reads it).
    expect(created.liveModel).toMatchObject({ name: 'broken', state: 'live' });
    expect(created.containerLogs.length).toBeGreaterThan(0);
  });

  it("on a field error, tries the project call too, and answers the legacy call's error", async () => {
    const client = await loggedIn();
    emulator.faults.add({
      path: '/deployments/',
      status: 400,
      body: { image_url: ['Enter a valid image reference.'] },
      times: 1,
    });
    const error = await client
      .createDeployment({
        deploymentName: 'Fraud score',
        modelName: 'fraud-v1',
        image: { url: 'registry.example.com/team/fraud:1.0', exposedPort: 8000 },
      })
      .catch((e: unknown) => e);
    expect(isKonanHttpError(error) && error.serverMessage).toBe(
      'image_url: Enter a valid image reference.',
    );
    // The project call fails on a legacy server (no image) and creates nothing.
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 400',
      'POST 400',
    ]);
    const page = await client.listDeployments();
    expect(page.deployments.map((d) => d.name)).not.toContain('Fraud score');
  });

  it('deletes a deployment', async () => {
    const client = await loggedIn();
    await client.deleteDeployment(emulator.demo.failed);
    const page = await client.listDeployments();
    expect(page.deployments.map((d) => d.uuid)).not.toContain(emulator.demo.failed);
    expect(emulator.requests[0]).toMatchObject({
      method: 'DELETE',
      path: `/deployments/${emulator.demo.failed}/`,
    });
  });
});

describe('models', () => {
  it('lists models in every state, with dates', async () => {
    const client = await loggedIn();
    const models = await client.listModels(emulator.demo.classifier);
    expect(new Set(models.map((m) => m.state))).toEqual(
      new Set(['live', 'challenger', 'disabled']),
    );
    expect(models.every((m) => m.createdAt instanceof Date)).toBe(true);
  });

  it('creates a challenger by default', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/\/models\/$/);
    const model = await client.createModel(emulator.demo.classifier, {
      name: 'loan-new',
      image: { url: 'registry.example.com/team/loan:5', exposedPort: 8000 },
    });
    expect(model).toMatchObject({ name: 'loan-new', state: 'challenger' });
    expect(await bodies[0]).toEqual({
      name: 'loan-new',
      image_url: 'registry.example.com/team/loan:5',
      exposed_port: 8000,
      state: 'challenger',
    });
    const models = await client.listModels(emulator.demo.classifier);
    expect(models.map((m) => m.uuid)).toContain(model.uuid);
  });

  it('deletes a model through the non-nested path', async () => {
    const client = await loggedIn();
    const before = await client.listModels(emulator.demo.classifier);
    const disabled = before.find((m) => m.state === 'disabled');
    await client.deleteModel(disabled?.uuid ?? '');
    expect(emulator.requests.at(-1)?.path).toBe(`/deployments/models/${disabled?.uuid}/`);
    const after = await client.listModels(emulator.demo.classifier);
    expect(after.map((m) => m.uuid)).not.toContain(disabled?.uuid);
  });
});

describe('switchModelState', () => {
  async function modelsByState() {
    const client = await loggedIn();
    const models = await client.listModels(emulator.demo.classifier);
    const of = (state: string) => models.find((m) => m.state === state)?.uuid ?? '';
    emulator.clearRequests();
    return { client, live: of('live'), challenger: of('challenger'), disabled: of('disabled') };
  }
  const dep = () => emulator.demo.classifier;

  it('promotes a challenger through the deployment switch; the live model becomes challenger', async () => {
    const { client, live, challenger } = await modelsByState();
    const bodies = captureBodies(/\/switch\/$/);
    await client.switchModelState({
      deploymentUuid: dep(),
      modelUuid: challenger,
      to: 'live',
      from: 'challenger',
    });
    expect(emulator.requests[0]?.path).toBe(`/deployments/${dep()}/switch/`);
    expect(await bodies[0]).toEqual({ switch_to: 'challenger', new_live_model: challenger });
    const models = await client.listModels(dep());
    expect(models.find((m) => m.uuid === challenger)?.state).toBe('live');
    expect(models.find((m) => m.uuid === live)?.state).toBe('challenger');
  });

  it('can send the demoted live model to disabled', async () => {
    const { client, live, disabled } = await modelsByState();
    await client.switchModelState({
      deploymentUuid: dep(),
      modelUuid: disabled,
      to: 'live',
      demoteLiveTo: 'disabled',
    });
    const models = await client.listModels(dep());
    expect(models.find((m) => m.uuid === disabled)?.state).toBe('live');
    expect(models.find((m) => m.uuid === live)?.state).toBe('disabled');
  });

  it('moves between challenger and disabled through the model switch', async () => {
    const { client, challenger } = await modelsByState();
    const bodies = captureBodies(/\/switch\/$/);
    await client.switchModelState({ deploymentUuid: dep(), modelUuid: challenger, to: 'disabled' });
    // `from` omitted: the models list is read first.
    expect(emulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /deployments/${dep()}/models/`,
      `POST /deployments/models/${challenger}/switch/`,
    ]);
    expect(await bodies[0]).toEqual({ switch_to: 'disabled' });
    const models = await client.listModels(dep());
    expect(models.find((m) => m.uuid === challenger)?.state).toBe('disabled');
  });

  it('refuses to demote the live model, sending nothing', async () => {
    const { client, live } = await modelsByState();
    await expect(
      client.switchModelState({
        deploymentUuid: dep(),
        modelUuid: live,
        to: 'challenger',
        from: 'live',
      }),
    ).rejects.toThrow(/promote another model/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses to switch a model to the state it is in', async () => {
    const { client, disabled } = await modelsByState();
    await expect(
      client.switchModelState({ deploymentUuid: dep(), modelUuid: disabled, to: 'disabled' }),
    ).rejects.toThrow(/already disabled/);
    expect(emulator.countRequests({ method: 'POST' })).toBe(0);
  });

  it('refuses a model that is not in the deployment', async () => {
    const { client } = await modelsByState();
    await expect(
      client.switchModelState({ deploymentUuid: dep(), modelUuid: 'nope', to: 'live' }),
    ).rejects.toMatchObject({ code: 'input', field: 'modelUuid' });
    expect(emulator.countRequests({ method: 'POST' })).toBe(0);
  });
});
