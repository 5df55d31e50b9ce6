import { describe, expect, it } from 'vitest';
import { createModelResponseSchema, modelsListSchema } from '../../src/client/schemas/model';
import type { KonanEmulator } from '../../src/emulator';
import { type Api, signedIn, smallEmulator } from './helpers';

async function models(api: Api, deployment: string) {
  const response = await api.get(`/deployments/${deployment}/models/`);
  expect(response.status).toBe(200);
  return modelsListSchema.parse(await response.json());
}

async function setup() {
  const emulator: KonanEmulator = smallEmulator();
  const api = await signedIn(emulator);
  const dep = emulator.demo.classifier;
  const list = await models(api, dep);
  const byState = (state: string) => list.find((m) => m.state === state)?.uuid ?? '';
  return {
    emulator,
    api,
    dep,
    live: byState('live'),
    challenger: byState('challenger'),
    disabled: byState('disabled'),
  };
}

const stateOf = async (api: Api, dep: string) =>
  Object.fromEntries((await models(api, dep)).map((m) => [m.uuid, m.state]));

describe('emulator models', () => {
  it('seeds a live, a challenger and a disabled model on each working demo deployment', async () => {
    const { emulator, api } = await setup();
    for (const dep of [emulator.demo.classifier, emulator.demo.regressor]) {
      const states = (await models(api, dep)).map((m) => m.state).sort();
      expect(states).toEqual(['challenger', 'disabled', 'live']);
    }
    expect(await models(api, emulator.demo.failed)).toEqual([]);
  });

  it('creates a challenger; creating a live model makes the old live model a challenger', async () => {
    const { api, dep, live } = await setup();
    const body = { image_url: 'registry.konan.ai/demo/loan:5', exposed_port: 8000 };
    const response = await api.post(`/deployments/${dep}/models/`, {
      ...body,
      name: 'v5',
      state: 'challenger',
    });
    expect(response.status).toBe(201);
    const created = createModelResponseSchema.parse(await response.json());
    expect(created).toMatchObject({ name: 'v5', state: 'challenger' });
    const liveResponse = await api.post(`/deployments/${dep}/models/`, {
      ...body,
      name: 'v6',
      state: 'live',
    });
    const v6 = createModelResponseSchema.parse(await liveResponse.json());
    const states = await stateOf(api, dep);
    expect(states[v6.uuid]).toBe('live');
    expect(states[live]).toBe('challenger');
    expect(Object.values(states).filter((s) => s === 'live')).toHaveLength(1);
  });

  it('refuses a bad state, a duplicate name and a model whose container fails', async () => {
    const { api, dep } = await setup();
    const body = { name: 'v9', image_url: 'registry.konan.ai/demo/loan:9', exposed_port: 8000 };
    expect(
      (await api.post(`/deployments/${dep}/models/`, { ...body, state: 'shadow' })).status,
    ).toBe(400);
    expect(
      (
        await api.post(`/deployments/${dep}/models/`, {
          ...body,
          name: 'loan-gbm-v3',
          state: 'disabled',
        })
      ).status,
    ).toBe(409);
    const failing = await api.post(`/deployments/${dep}/models/`, {
      ...body,
      state: 'challenger',
      exposed_port: 9000,
    });
    expect(failing.status).toBe(400);
    const detail = await failing.json();
    expect(detail.errors.map((e: { field: string }) => e.field)).toEqual([
      'exposed_port',
      'health_endpoint',
    ]);
    expect(typeof detail.container_logs).toBe('string');
    expect(
      (await api.post('/deployments/unknown/models/', { ...body, state: 'live' })).status,
    ).toBe(404);
  });

  it('gives the failed deployment a working live model when one is added', async () => {
    const { emulator, api } = await setup();
    const response = await api.post(`/deployments/${emulator.demo.failed}/models/`, {
      name: 'churn-v2',
      image_url: 'registry.konan.ai/acme/churn:2.0',
      exposed_port: 8000,
      state: 'live',
    });
    expect(response.status).toBe(201);
    expect(
      (await api.post(`/deployments/${emulator.demo.failed}/predict/`, { tenure: 3 })).status,
    ).toBe(200);
  });

  it('promotes a model with the deployment switch; the live one moves to switch_to', async () => {
    const { api, dep, live, challenger } = await setup();
    const response = await api.post(`/deployments/${dep}/switch/`, {
      switch_to: 'disabled',
      new_live_model: challenger,
    });
    expect(response.status).toBe(200);
    const states = await stateOf(api, dep);
    expect(states[challenger]).toBe('live');
    expect(states[live]).toBe('disabled');
  });

  it('refuses promoting the live model, an unknown model, or demoting to a bad state', async () => {
    const { api, dep, live, challenger } = await setup();
    const url = `/deployments/${dep}/switch/`;
    expect((await api.post(url, { switch_to: 'challenger', new_live_model: live })).status).toBe(
      400,
    );
    expect((await api.post(url, { switch_to: 'challenger', new_live_model: 'nope' })).status).toBe(
      404,
    );
    expect((await api.post(url, { switch_to: 'live', new_live_model: challenger })).status).toBe(
      400,
    );
    expect(await stateOf(api, dep)).toMatchObject({ [live]: 'live', [challenger]: 'challenger' });
  });

  it('moves models between challenger and disabled with the model switch only', async () => {
    const { api, dep, live, challenger, disabled } = await setup();
    const sw = (model: string, to: string) =>
      api.post(`/deployments/models/${model}/switch/`, { switch_to: to });
    expect((await sw(challenger, 'disabled')).status).toBe(200);
    expect((await sw(disabled, 'challenger')).status).toBe(200);
    const demote = await sw(live, 'challenger');
    expect(demote.status).toBe(400);
    expect((await demote.json()).detail).toMatch(/promoting another/);
    expect((await sw(disabled, 'live')).status).toBe(400);
    expect((await sw(challenger, 'disabled')).status).toBe(400); // already disabled now
    expect((await sw('unknown', 'disabled')).status).toBe(404);
    expect(await stateOf(api, dep)).toEqual({
      [live]: 'live',
      [challenger]: 'disabled',
      [disabled]: 'challenger',
    });
  });

  it('deletes a model that is not live; the live one is refused', async () => {
    const { api, dep, live, disabled } = await setup();
    const refused = await api.delete(`/deployments/models/${live}/`);
    expect(refused.status).toBe(400);
    const deleted = await api.delete(`/deployments/models/${disabled}/`);
    expect(deleted.status).toBe(204);
    expect(Object.keys(await stateOf(api, dep))).not.toContain(disabled);
    expect((await api.delete(`/deployments/models/${disabled}/`)).status).toBe(404);
  });
});
