import { describe, expect, it } from 'vitest';
import {
  deploymentCreationResponseSchema,
  deploymentsPageSchema,
  projectSchema,
} from '../../src/client/schemas/deployment';
import { createModelResponseSchema, modelsListSchema } from '../../src/client/schemas/model';
import { type Api, signedIn, smallEmulator } from './helpers';

const GOOD_IMAGE = 'registry.konan.ai/acme/fraud-model:1.4.0';

async function create(api: Api, fields: Record<string, unknown>) {
  const response = await api.post('/deployments/', {
    deployment_name: 'Fraud detection',
    model_name: 'fraud-v1',
    image_url: GOOD_IMAGE,
    exposed_port: 8000,
    ...fields,
  });
  return { status: response.status, body: await response.json() };
}

async function errorFields(api: Api, fields: Record<string, unknown>) {
  const { status, body } = await create(api, fields);
  expect(status).toBe(201);
  const parsed = deploymentCreationResponseSchema.parse(body);
  // The model exists even though its container failed: real servers never send `model: null`.
  expect(parsed.liveModel).toMatchObject({ name: 'fraud-v1', state: 'live' });
  return parsed.errors.map((e) => e.type);
}

describe('emulator deployment creation (legacy generation)', () => {
  it('creates the deployment with its live model and container logs', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const { status, body } = await create(api, {});
    expect(status).toBe(201);
    const created = deploymentCreationResponseSchema.parse(body);
    expect(created.errors).toEqual([]);
    expect(created.deployment.name).toBe('Fraud detection');
    expect(created.liveModel).toMatchObject({ name: 'fraud-v1', state: 'live' });
    expect(created.containerLogs.split('\n').length).toBeGreaterThan(8);
    expect(created.containerLogs).toContain(
      'Pulling image registry.konan.ai/acme/fraud-model:1.4.0',
    );
    expect(created.containerLogs).toMatch(/GET \/healthz HTTP\/1\.1" 200/);
    expect(created.containerLogs).toContain('\u001b[32m');
    const models = modelsListSchema.parse(
      await (await api.get(`/deployments/${created.deployment.uuid}/models/`)).json(),
    );
    expect(models).toEqual([created.liveModel]);
    const predicted = await api.post(`/deployments/${created.deployment.uuid}/predict/`, { x: 1 });
    expect(predicted.status).toBe(200);
  });

  it('accepts the first generation, which named the deployment `name`', async () => {
    const api = await signedIn(smallEmulator());
    const { status, body } = await create(api, { deployment_name: undefined, name: 'Old style' });
    expect(status).toBe(201);
    expect(body.deployment.name).toBe('Old style');
  });

  it('gives an image error for a malformed reference, a missing image, a private one without credentials', async () => {
    const api = await signedIn(smallEmulator());
    const cases = [
      'https://registry.konan.ai/acme/model:1.0',
      'Registry/Model With Spaces',
      'registry.konan.ai/acme/missing-model:1.0',
      'registry.konan.ai/acme/private-model:1.0',
    ];
    for (const [i, image_url] of cases.entries()) {
      expect(await errorFields(api, { deployment_name: `d${i}`, image_url })).toEqual(['image']);
    }
    const { body } = await create(api, {
      deployment_name: 'with credentials',
      image_url: 'registry.konan.ai/acme/private-model:1.0',
      docker_username: 'bot',
      docker_password: 'token',
    });
    expect(body.errors).toEqual([]);
    expect(body.deployment.model.state).toBe('live');
  });

  it('accepts every shape of Docker reference: registry port, no tag, digest', async () => {
    const api = await signedIn(smallEmulator());
    const references = [
      'localhost:5000/team/model:1.2',
      'acme/model',
      `ghcr.io/acme/model@sha256:${'a'.repeat(64)}`,
    ];
    for (const [i, image_url] of references.entries()) {
      const { body } = await create(api, { deployment_name: `ref${i}`, image_url });
      expect(body.errors).toEqual([]);
    }
  });

  it('gives an exposed_port error for a port outside 1024-65535, or not an integer', async () => {
    const api = await signedIn(smallEmulator());
    for (const [i, port] of [0, 80, 70_000, 'abc', 8000.5].entries()) {
      expect(await errorFields(api, { deployment_name: `p${i}`, exposed_port: port })).toEqual([
        'exposed_port',
      ]);
    }
  });

  it('gives exposed_port and health_endpoint errors for a valid port nothing listens on', async () => {
    const api = await signedIn(smallEmulator());
    expect(await errorFields(api, { exposed_port: 8080 })).toEqual([
      'exposed_port',
      'health_endpoint',
    ]);
  });

  it('gives a health_endpoint error for an image without /healthz or one that crashes', async () => {
    const api = await signedIn(smallEmulator());
    const noHealthz = await create(api, { image_url: 'registry.konan.ai/acme/model:no-healthz' });
    expect(noHealthz.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'health_endpoint',
    ]);
    expect(noHealthz.body.container_logs).toMatch(/GET \/healthz HTTP\/1\.1" 404/);
    expect(noHealthz.body.container_logs).toContain('\u001b[31mERROR');
    const crash = await create(api, {
      deployment_name: 'Crashing',
      image_url: 'registry.konan.ai/acme/crash-model:2',
    });
    expect(crash.body.errors.map((e: { field: string }) => e.field)).toEqual(['health_endpoint']);
    expect(crash.body.container_logs).toContain('Traceback (most recent call last)');
  });

  it('still creates a failed deployment, which cannot predict', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const { body } = await create(api, { image_url: 'registry.konan.ai/acme/missing:1' });
    const uuid = body.deployment.uuid;
    const page = deploymentsPageSchema.parse(await (await api.get('/deployments/')).json());
    expect(page.deployments.map((d) => d.uuid)).toContain(uuid);
    const predicted = await api.post(`/deployments/${uuid}/predict/`, { x: 1 });
    expect(predicted.status).toBe(409);
    expect((await predicted.json()).detail).toMatch(/"fraud-v1" is not serving/);
  });

  it('sends the model of a failed deployment (never `model: null`), listed but not serving', async () => {
    const api = await signedIn(smallEmulator());
    const { body } = await create(api, { image_url: 'registry.konan.ai/acme/missing:1' });
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.deployment.model).toMatchObject({ name: 'fraud-v1', state: 'live' });
    expect(typeof body.deployment.model.uuid).toBe('string');
    const models = modelsListSchema.parse(
      await (await api.get(`/deployments/${body.deployment.uuid}/models/`)).json(),
    );
    expect(models.map((m) => m.uuid)).toEqual([body.deployment.model.uuid]);
  });

  it('refuses a duplicate name with 409 and missing fields with 400', async () => {
    const api = await signedIn(smallEmulator());
    expect((await create(api, {})).status).toBe(201);
    const duplicate = await create(api, {});
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toMatch(/already exists/);
    expect((await create(api, { deployment_name: '  ' })).status).toBe(400);
    expect((await create(api, { deployment_name: 'x', image_url: '' })).status).toBe(400);
    expect((await create(api, { deployment_name: 'y', exposed_port: undefined })).status).toBe(400);
  });
});

describe('emulator "projects" generation', () => {
  it('answers the legacy call with 400, then creates a project and its live model', async () => {
    const emulator = smallEmulator({ generation: 'projects' });
    const api = await signedIn(emulator);
    const legacy = await create(api, {});
    expect(legacy.status).toBe(400);
    expect(legacy.body).toMatchObject({ image_url: ['Unknown field.'] });
    const response = await api.post('/deployments/', {
      name: 'Fraud detection',
      description: 'v2',
    });
    expect(response.status).toBe(201);
    const project = projectSchema.parse(await response.json());
    expect(project.name).toBe('Fraud detection');
    const modelResponse = await api.post(`/deployments/${project.uuid}/models/`, {
      name: 'fraud-v1',
      image_url: GOOD_IMAGE,
      exposed_port: 8000,
      state: 'live',
    });
    expect(modelResponse.status).toBe(201);
    expect(createModelResponseSchema.parse(await modelResponse.json()).state).toBe('live');
    expect((await api.post(`/deployments/${project.uuid}/predict/`, { x: 1 })).status).toBe(200);
  });

  it('refuses an empty project name', async () => {
    const api = await signedIn(smallEmulator({ generation: 'projects' }));
    expect((await api.post('/deployments/', { name: '' })).status).toBe(400);
  });
});

describe('emulator deployments listing and deletion', () => {
  it('lists the demo deployments, newest first, in pages of 20 with absolute next', async () => {
    const emulator = smallEmulator({ predictionsPerDeployment: 0 });
    const api = await signedIn(emulator);
    const first = deploymentsPageSchema.parse(await (await api.get('/deployments/')).json());
    expect(first.deployments.map((d) => d.name)).toEqual([
      'Churn forecast',
      'House prices',
      'Loan approval',
    ]);
    expect(first.next).toBeNull();
    for (let i = 0; i < 22; i++) await create(api, { deployment_name: `Model ${i}` });
    const page1 = deploymentsPageSchema.parse(await (await api.get('/deployments/')).json());
    expect(page1.count).toBe(25);
    expect(page1.deployments).toHaveLength(20);
    expect(page1.next).toBe('https://api.konan.ai/deployments/?page=2');
    const page2 = deploymentsPageSchema.parse(await (await api.get(page1.next ?? '')).json());
    expect(page2.deployments).toHaveLength(5);
    expect(page2.next).toBeNull();
    const uuids = [...page1.deployments, ...page2.deployments].map((d) => d.uuid);
    expect(new Set(uuids).size).toBe(25);
    expect(uuids).toContain(emulator.demo.classifier);
  });

  it('deletes a deployment with its models; an unknown one answers 404', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const dep = emulator.demo.regressor;
    const response = await api.delete(`/deployments/${dep}/`);
    expect(response.status).toBe(204);
    expect((await api.get(`/deployments/${dep}/models/`)).status).toBe(404);
    expect((await api.post(`/deployments/${dep}/predict/`, {})).status).toBe(404);
    expect((await api.delete(`/deployments/${dep}/`)).status).toBe(404);
  });
});
