import { describe, expect, it } from 'vitest';
import { isKonanHttpError, isKonanNetworkError } from '../../src/client';
import { setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator({ predictionsPerDeployment: 10 });
const MODELS = { method: 'GET', path: /\/models\/$/ };
const PREDICT = { method: 'POST', path: /\/predict\/$/ };

describe('retries', () => {
  it('retries a GET answered 503, then succeeds', async () => {
    const client = await loggedIn();
    emulator.faults.add({ ...MODELS, status: 503, times: 1 });
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(MODELS)).toBe(2);
  });

  it('retries a GET answered 429 with Retry-After', async () => {
    const client = await loggedIn();
    emulator.faults.add({ ...MODELS, status: 429, times: 1, headers: { 'Retry-After': '1' } });
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries a GET after a network failure', async () => {
    const client = await loggedIn();
    emulator.faults.add({ ...MODELS, networkError: true, times: 1 });
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(MODELS)).toBe(2);
  });

  it('gives up after the configured retries with the last error', async () => {
    const client = await loggedIn({ retries: 1 });
    emulator.faults.add({ ...MODELS, status: 500, body: { detail: 'boom' } });
    const error = await client.listModels(emulator.demo.classifier).catch((e: unknown) => e);
    expect(isKonanHttpError(error) && error.status).toBe(500);
    expect(isKonanHttpError(error) && error.serverMessage).toBe('boom');
    expect(emulator.countRequests(MODELS)).toBe(2);
  });

  it('does not retry a GET answered 404', async () => {
    const client = await loggedIn();
    await expect(client.listModels('missing')).rejects.toSatisfy(isKonanHttpError);
    expect(emulator.countRequests(MODELS)).toBe(1);
  });

  it('never retries predict, whatever the failure', async () => {
    const client = await loggedIn();
    emulator.faults.add({ ...PREDICT, status: 503, times: 1 });
    await expect(client.predict(emulator.demo.regressor, { surface: 1 })).rejects.toSatisfy(
      isKonanHttpError,
    );
    emulator.faults.add({ ...PREDICT, networkError: true, times: 1 });
    await expect(client.predict(emulator.demo.regressor, { surface: 1 })).rejects.toSatisfy(
      isKonanNetworkError,
    );
    emulator.faults.add({ ...PREDICT, status: 429, times: 1, headers: { 'Retry-After': '0' } });
    await expect(client.predict(emulator.demo.regressor, { surface: 1 })).rejects.toSatisfy(
      isKonanHttpError,
    );
    expect(emulator.countRequests(PREDICT)).toBe(3);
  });

  it('never retries create or feedback POSTs, nor deletes', async () => {
    const client = await loggedIn();
    emulator.faults.add({ method: 'POST', status: 502 });
    emulator.faults.add({ method: 'DELETE', status: 503 });
    await expect(
      client.createDeployment({
        deploymentName: 'x',
        modelName: 'y',
        image: { url: 'registry.example.com/x:1', exposedPort: 8000 },
      }),
    ).rejects.toSatisfy(isKonanHttpError);
    await expect(
      client.createModel(emulator.demo.classifier, {
        name: 'm',
        image: { url: 'registry.example.com/x:1', exposedPort: 8000 },
      }),
    ).rejects.toSatisfy(isKonanHttpError);
    const feedback = await client.submitFeedbacks(emulator.demo.classifier, [
      { predictionUuid: 'p', target: 'approved' },
    ]);
    expect(feedback.notSent).toHaveLength(1);
    await expect(client.deleteModel('m')).rejects.toSatisfy(isKonanHttpError);
    expect(emulator.requests).toHaveLength(4);
  });
});
