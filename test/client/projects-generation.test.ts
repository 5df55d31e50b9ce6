import { describe, expect, it } from 'vitest';
import { isKonanHttpError } from '../../src/client';
import { setupEmulator } from './harness';

const { emulator, loggedIn, captureBodies } = setupEmulator({
  generation: 'projects',
  predictionsPerDeployment: 10,
});
const request = {
  deploymentName: 'Fraud score',
  modelName: 'fraud-v1',
  image: { url: 'registry.example.com/team/fraud:1.0', exposedPort: 8000 },
};

describe('a "projects" generation server', () => {
  it('creates the project, then its live model, when the legacy call answers 400', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/^\/deployments\//);
    const created = await client.createDeployment(request);
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 400',
      'POST 201',
      'POST 201',
    ]);
    const sent = await Promise.all(bodies);
    expect(sent[1]).toEqual({ name: 'Fraud score' });
    expect(sent[2]).toEqual({
      name: 'fraud-v1',
      image_url: 'registry.example.com/team/fraud:1.0',
      exposed_port: 8000,
      state: 'live',
    });
    expect(created).toMatchObject({
      deployment: { name: 'Fraud score' },
      liveModel: { name: 'fraud-v1', state: 'live' },
      errors: [],
      containerLogs: '',
    });
    const models = await client.listModels(created.deployment.uuid);
    expect(models).toEqual([created.liveModel]);
  });

  it('creates a bare project', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/^\/deployments\/$/);
    const project = await client.createProject({ name: 'Churn', description: 'Q3 churn' });
    expect(await bodies[0]).toEqual({ name: 'Churn', description: 'Q3 churn' });
    expect(project.name).toBe('Churn');
    expect(project.createdAt).toBeInstanceOf(Date);
  });

  it('falls back on a 400 naming a legacy field, as a Django REST server answers unknown fields', async () => {
    const client = await loggedIn();
    const bodies = captureBodies(/^\/deployments\/$/);
    await client.createDeployment(request);
    expect(emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 400',
      'POST 201',
      'POST 201',
    ]);
    expect(await bodies[1]).toEqual({ name: 'Fraud score' });
  });

  it('throws the first 400 when the server refuses the project too', async () => {
    const client = await loggedIn();
    emulator.faults.add({
      path: '/deployments/',
      status: 400,
      body: { detail: 'first' },
      times: 1,
    });
    emulator.faults.add({ path: '/deployments/', status: 400, body: { detail: 'second' } });
    const error = await client.createDeployment(request).catch((e: unknown) => e);
    expect(isKonanHttpError(error) && error.serverMessage).toBe('first');
    expect(emulator.requests).toHaveLength(2);
  });

  it('returns the created project with an error when its live model is refused', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, status: 500, body: { detail: 'registry down' } });
    const created = await client.createDeployment(request);
    expect(created.deployment.name).toBe('Fraud score');
    expect(created.liveModel).toBeUndefined();
    expect(created.errors).toHaveLength(1);
    expect(created.errors[0]?.type).toBe('model');
    expect(created.errors[0]?.message).toContain('registry down');
  });
});
