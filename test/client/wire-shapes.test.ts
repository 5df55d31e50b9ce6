import { HttpResponse, http, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, lastDays, setupEmulator } from './harness';

// Wire shapes the emulator does not produce (older servers, open enumerations), served by
// overriding single routes on top of the emulator.
const { emulator, server, loggedIn } = setupEmulator({ predictionsPerDeployment: 10 });
const page = (results: unknown) => ({ count: 2, next: null, previous: null, results });
const item = (uuid: string) => ({
  uuid,
  mls_output_json: { label: 'approved' },
  features_json: { age: 30 },
  feedback: null,
});

function answer(method: 'get' | 'post', path: string, body: JsonBodyType) {
  server.use(http[method](`${API}${path}`, () => HttpResponse.json(body)));
}

/** A logged-in client creates deployment `name` with model `modelName` (image `<name>:1`). */
async function createDeployment(name: string, modelName: string) {
  const client = await loggedIn();
  const url = `registry.example.com/${name.toLowerCase()}:1`;
  return client.createDeployment({
    deploymentName: name,
    modelName,
    image: { url, exposedPort: 8000 },
  });
}

describe('older and open wire shapes', () => {
  it('reads predictions whose results is the plain list of before mid-2023', async () => {
    answer('get', '/deployments/:dep/predictions/', page([item('a'), item('b')]));
    const client = await loggedIn();
    const result = await client.listPredictions(emulator.demo.classifier, lastDays());
    expect(result.predictions).toEqual([
      { uuid: 'a', output: { label: 'approved' }, features: { age: 30 } },
      { uuid: 'b', output: { label: 'approved' }, features: { age: 30 } },
    ]);
  });

  it('skips null entries and tolerates missing optional keys', async () => {
    answer('get', '/deployments/:dep/predictions/', page({ outputs: [null, { uuid: 'c' }, null] }));
    const client = await loggedIn();
    const result = await client.listPredictions(emulator.demo.classifier, lastDays());
    expect(result.predictions).toEqual([{ uuid: 'c', output: null }]);
  });

  it('reads a created deployment without `model`, as servers before 2022 answer', async () => {
    answer('post', '/deployments/', {
      deployment: { uuid: 'd1', name: 'Old', created_at: '2021-06-01T10:00:00Z' },
      errors: [],
      container_logs: 'started\n',
    });
    const created = await createDeployment('Old', 'old-v1');
    expect(created).toEqual({
      deployment: { uuid: 'd1', name: 'Old', createdAt: new Date('2021-06-01T10:00:00Z') },
      errors: [],
      containerLogs: 'started\n',
    });
    expect(created.liveModel).toBeUndefined();
  });

  it('keeps unknown deployment error fields and shows their messages', async () => {
    answer('post', '/deployments/', {
      deployment: { uuid: 'd2', name: 'Q', created_at: '2024-01-01T00:00:00Z', model: null },
      errors: [{ field: 'gpu_quota', message: 'No GPU left' }],
      container_logs: '\u001b[31mERROR\u001b[0m no GPU',
    });
    const created = await createDeployment('Q', 'q');
    expect(created.errors).toEqual([{ type: 'gpu_quota', message: 'No GPU left' }]);
    expect(created.containerLogs).toContain('\u001b[31m');
  });

  it('keeps an unknown model state as it came', async () => {
    answer('get', '/deployments/:dep/models/', {
      results: [
        { uuid: 'm1', name: 'a', created_at: '2024-01-01T00:00:00Z', state: 'live' },
        { uuid: 'm2', name: 'b', created_at: '2024-01-01T00:00:00Z', state: 'shadow' },
      ],
    });
    const client = await loggedIn();
    const models = await client.listModels(emulator.demo.classifier);
    expect(models.map((m) => m.state)).toEqual(['live', 'shadow']);
  });

  it('reads matrices as number[][] and as {labels, matrix}', async () => {
    answer('post', '/deployments/:dep/evaluate/', {
      metrics: {
        predefined: {
          confusion_matrix: [
            [5, 1],
            [2, 7],
          ],
          multi_label_confusion_matrix: {
            labels: ['a', 'b'],
            matrix: [
              [1, 0],
              [0, 1],
            ],
          },
        },
        custom: [],
      },
    });
    const client = await loggedIn();
    const { metrics } = await client.evaluate(emulator.demo.classifier, lastDays());
    expect(metrics).toEqual([
      {
        kind: 'matrix',
        name: 'confusion_matrix',
        value: {
          matrix: [
            [5, 1],
            [2, 7],
          ],
        },
      },
      {
        kind: 'matrix',
        name: 'multi_label_confusion_matrix',
        value: {
          labels: ['a', 'b'],
          matrix: [
            [1, 0],
            [0, 1],
          ],
        },
      },
    ]);
  });

  it('drops null metrics and treats an unknown predefined name as a custom metric', async () => {
    answer('post', '/deployments/:dep/evaluate/', {
      metrics: {
        predefined: { rmse: 1.5, mae: null, precision: null, auc: 0.91 },
        custom: [
          { metric_name: 'business_value', metric_value: { eur: 1200 } },
          { metric_name: 'not_computed', metric_value: null },
        ],
      },
    });
    const client = await loggedIn();
    const { metrics } = await client.evaluate(emulator.demo.regressor, lastDays());
    expect(metrics).toEqual([
      { kind: 'scalar', name: 'rmse', value: 1.5 },
      { kind: 'custom', name: 'auc', value: 0.91 },
      { kind: 'custom', name: 'business_value', value: { eur: 1200 } },
    ]);
  });

  it('reads feedback statuses of a 207 answer and any status code', async () => {
    answer('post', '/deployments/:dep/predictions/feedback/', {
      data: [
        { prediction_uuid: 'p1', status: 201, message: 'created' },
        { prediction_uuid: 'p2', status: 422 },
      ],
      success: 1,
      failure: 1,
      total: 2,
    });
    const client = await loggedIn();
    const result = await client.submitFeedbacks(emulator.demo.regressor, [
      { predictionUuid: 'p1', target: 'x' },
      { predictionUuid: 'p2', target: 'y' },
    ]);
    expect(result.statuses).toEqual([
      { predictionUuid: 'p1', status: 201, message: 'created', accepted: true },
      { predictionUuid: 'p2', status: 422, message: '', accepted: false },
    ]);
  });

  it('reads a body-less 204 from the delete endpoints', async () => {
    server.use(
      http.delete(
        `${API}/deployments/models/:model/`,
        () => new HttpResponse(null, { status: 204 }),
      ),
      http.delete(`${API}/deployments/:dep/`, () => new HttpResponse('', { status: 200 })),
    );
    const client = await loggedIn();
    await expect(client.deleteModel('m1')).resolves.toBeUndefined();
    await expect(client.deleteDeployment('d1')).resolves.toBeUndefined();
  });
});
