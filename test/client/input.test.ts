import { describe, expect, it } from 'vitest';
import {
  isKonanInputError,
  type KonanClient,
  type KonanFeedbackSubmission,
  type KonanJson,
} from '../../src/client';
import { setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator({ predictionsPerDeployment: 10 });

/** Runs `call`, expects a KonanInputError on `field`, and that nothing reached the server. */
async function refused(call: (client: KonanClient) => Promise<unknown>, field: string | RegExp) {
  const client = await loggedIn();
  const error = await call(client).then(
    () => new Error('expected a KonanInputError'),
    (e: unknown) => e,
  );
  expect(isKonanInputError(error), String(error)).toBe(true);
  if (isKonanInputError(error)) {
    if (typeof field === 'string') expect(error.field).toBe(field);
    else expect(error.field).toMatch(field);
    expect(error.message.length).toBeGreaterThan(20);
  }
  expect(emulator.requests).toHaveLength(0);
  return error as Error;
}

const image = { url: 'registry.example.com/team/model:1.0', exposedPort: 8000 };
const deployment = (overrides: Record<string, unknown>) =>
  ({ deploymentName: 'Fraud', modelName: 'fraud-v1', image, ...overrides }) as never;

describe('bad input is refused before any request', () => {
  it.each([
    ['an empty deployment name', { deploymentName: '' }, 'deploymentName'],
    ['a whitespace deployment name', { deploymentName: '   ' }, 'deploymentName'],
    ['an empty model name', { modelName: '' }, 'modelName'],
    ['port 0', { image: { ...image, exposedPort: 0 } }, 'image.exposedPort'],
    ['port 70000', { image: { ...image, exposedPort: 70_000 } }, 'image.exposedPort'],
    ['port "abc"', { image: { ...image, exposedPort: 'abc' } }, 'image.exposedPort'],
    ['port 80.5', { image: { ...image, exposedPort: 80.5 } }, 'image.exposedPort'],
    ['an empty image URL', { image: { ...image, url: ' ' } }, 'image.url'],
    [
      'an empty registry username',
      { image: { ...image, credentials: { username: '', password: 'x' } } },
      'image.credentials.username',
    ],
  ])('createDeployment with %s', async (_, overrides, field) => {
    await refused((c) => c.createDeployment(deployment(overrides)), field);
  });

  it('says what a valid port is', async () => {
    const error = await refused(
      (c) => c.createDeployment(deployment({ image: { ...image, exposedPort: 70_000 } })),
      'image.exposedPort',
    );
    expect(error.message).toMatch(/1 to 65535/);
    expect(error.message).toContain('70000');
  });

  it('createModel with an empty name, a bad port or an unknown state', async () => {
    const dep = emulator.demo.classifier;
    await refused((c) => c.createModel(dep, { name: ' ', image }), 'name');
    await refused(
      (c) => c.createModel(dep, { name: 'm', image: { ...image, exposedPort: 0 } }),
      'image.exposedPort',
    );
    await refused((c) => c.createModel(dep, { name: 'm', image, state: 'archived' }), 'state');
    await refused((c) => c.createModel('', { name: 'm', image }), 'deploymentUuid');
  });

  it('createProject with an empty name', async () => {
    await refused((c) => c.createProject({ name: '' }), 'name');
  });

  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  it.each([
    ['a function', () => 1, 'input'],
    ['undefined', undefined, 'input'],
    ['a BigInt', 10n, 'input'],
    ['a reference cycle', cycle, 'input.self'],
    ['NaN', { age: Number.NaN }, 'input.age'],
    ['Infinity', [1, Number.POSITIVE_INFINITY], 'input[1]'],
    ['an undefined property', { age: 3, income: undefined }, 'input.income'],
    ['a Map', new Map([['a', 1]]), 'input'],
    ['a Date', { at: new Date() }, 'input.at'],
  ])('predict with %s', async (_, input, field) => {
    const error = await refused(
      (c) => c.predict(emulator.demo.classifier, input as unknown as KonanJson),
      field,
    );
    expect(error.message).toMatch(/JSON/);
  });

  it('predict on an empty deployment uuid', async () => {
    await refused((c) => c.predict(' ', {}), 'deploymentUuid');
  });

  it('a time window that starts after it ends, or is not made of dates', async () => {
    const dep = emulator.demo.classifier;
    const start = new Date('2024-05-02T00:00:00Z');
    const end = new Date('2024-05-01T00:00:00Z');
    const error = await refused((c) => c.listPredictions(dep, { start, end }), 'window');
    expect(error.message).toMatch(/swap/);
    await refused((c) => c.evaluate(dep, { start, end }), 'window');
    await refused((c) => c.evaluate(dep, { start: new Date('nope'), end }), 'window.start');
    await refused(async (c) => {
      for await (const _page of c.predictions(dep, { start, end })) {
        // never reached
      }
    }, 'window');
  });

  it('empty deployment and model uuids', async () => {
    const window = { start: new Date(0), end: new Date() };
    await refused((c) => c.listModels(''), 'deploymentUuid');
    await refused((c) => c.listPredictions('', window), 'deploymentUuid');
    await refused((c) => c.evaluate('', window), 'deploymentUuid');
    await refused((c) => c.deleteDeployment(''), 'deploymentUuid');
    await refused((c) => c.deleteModel(''), 'modelUuid');
    await refused(
      (c) => c.switchModelState({ deploymentUuid: '', modelUuid: 'm', to: 'live' }),
      'deploymentUuid',
    );
    await refused(
      (c) => c.switchModelState({ deploymentUuid: 'd', modelUuid: '', to: 'live' }),
      'modelUuid',
    );
  });

  it.each(['.', '..', ' .. '])(
    'an id %j, which would leave its path segment, for every endpoint taking one',
    async (id) => {
      const window = { start: new Date(0), end: new Date() };
      const model = { name: 'm', image };
      const feedback = [{ predictionUuid: 'p', target: 'x' }];
      await refused((c) => c.predict(id, {}), 'deploymentUuid');
      await refused((c) => c.submitFeedbacks(id, feedback), 'deploymentUuid');
      await refused((c) => c.listPredictions(id, window), 'deploymentUuid');
      await refused((c) => c.predictions(id, window).next(), 'deploymentUuid');
      await refused((c) => c.evaluate(id, window), 'deploymentUuid');
      await refused((c) => c.deleteDeployment(id), 'deploymentUuid');
      await refused((c) => c.createModel(id, model), 'deploymentUuid');
      await refused((c) => c.listModels(id), 'deploymentUuid');
      await refused((c) => c.deleteModel(id), 'modelUuid');
      await refused(
        (c) => c.switchModelState({ deploymentUuid: id, modelUuid: 'm', to: 'live' }),
        'deploymentUuid',
      );
      await refused(
        (c) => c.switchModelState({ deploymentUuid: 'd', modelUuid: id, to: 'challenger' }),
        'modelUuid',
      );
    },
  );

  it('a switch to a state that does not exist', async () => {
    await refused(
      (c) =>
        c.switchModelState({
          deploymentUuid: emulator.demo.classifier,
          modelUuid: 'm',
          to: 'archived' as never,
        }),
      'to',
    );
  });

  it.each([
    [
      'an empty prediction uuid',
      [{ predictionUuid: '', target: 'x' }],
      'feedbacks[0].predictionUuid',
    ],
    [
      'a blank prediction uuid',
      [{ predictionUuid: '  ', target: 'x' }],
      'feedbacks[0].predictionUuid',
    ],
    ['a numeric target', [{ predictionUuid: 'p', target: 3 }], 'feedbacks[0].target'],
    ['a null target', [{ predictionUuid: 'p', target: null }], 'feedbacks[0].target'],
    ['an array target', [{ predictionUuid: 'p', target: ['a'] }], 'feedbacks[0].target'],
    [
      'a NaN inside a target',
      [{ predictionUuid: 'p', target: { value: Number.NaN } }],
      'feedbacks[0].target.value',
    ],
  ])('submitFeedbacks with %s, even in a later item', async (_, bad, field) => {
    const items = [{ predictionUuid: 'ok', target: 'fine' }, ...bad] as KonanFeedbackSubmission[];
    await refused(
      (c) => c.submitFeedbacks(emulator.demo.regressor, items),
      field.replace('[0]', '[1]'),
    );
  });

  it('submitFeedbacks with an empty deployment uuid, a zero chunk size or no array', async () => {
    const items = [{ predictionUuid: 'p', target: 'x' }];
    await refused((c) => c.submitFeedbacks('', items), 'deploymentUuid');
    await refused(
      (c) => c.submitFeedbacks(emulator.demo.regressor, items, { chunkSize: 0 }),
      'chunkSize',
    );
    await refused(
      (c) => c.submitFeedbacks(emulator.demo.regressor, items, { concurrency: 1.5 }),
      'concurrency',
    );
    await refused((c) => c.submitFeedbacks(emulator.demo.regressor, null as never), 'feedbacks');
  });
});
