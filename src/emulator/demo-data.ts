import { simulateContainerStart } from './container.js';
import { createDemoTimeSampler } from './demo-rhythm.js';
import { type DemoPhase, MODEL_BEHAVIOURS, type ModelKind } from './model-behaviour.js';
import { createRandom, type Random } from './prng.js';
import type { EmulatorStore, StoredDeployment } from './store.js';
import type { KonanEmulatorDemo } from './types.js';

const DAY_MS = 86_400_000;
const DEMO_REGISTRY = 'registry.konan.ai/demo';
const demoImage = (model: DemoModel | undefined) => (model ? `${DEMO_REGISTRY}/${model.tag}` : '');
/** Share of seeded predictions that received feedback, (except the last hours: feedback lags). */
const FEEDBACK_SHARE = 0.6;
const FEEDBACK_LAG_MS = 6 * 3_600_000;

interface DemoModel {
  name: string;
  state: 'live' | 'challenger' | 'disabled';
  daysAgo: number;
  /** The image in the demo registry, e.g. `loan-gbm:3.0`. */
  tag: string;
}

function seedDeployment(
  store: EmulatorStore,
  random: Random,
  now: number,
  fields: { name: string; kind: ModelKind; daysAgo: number; models: DemoModel[] },
): StoredDeployment {
  const createdAt = new Date(now - fields.daysAgo * DAY_MS);
  const live = fields.models.find((m) => m.state === 'live');
  const attempt = simulateContainerStart(
    { deploymentName: fields.name, imageUrl: demoImage(live), exposedPort: 8000 },
    createdAt,
  );
  const deployment = store.addDeployment({
    uuid: random.uuid(),
    name: fields.name,
    createdAt,
    kind: fields.kind,
    errors: [],
    containerLogs: attempt.logs,
  });
  for (const model of fields.models) {
    store.addModel({
      uuid: random.uuid(),
      name: model.name,
      state: model.state,
      createdAt: new Date(now - model.daysAgo * DAY_MS),
      deploymentUuid: deployment.uuid,
      imageUrl: demoImage(model),
      exposedPort: 8000,
    });
  }
  return deployment;
}

/** The demo story's last week: "Loan approval" drifts (income) and degrades (feedback disagrees). */
export const DEMO_SHIFT_DAYS = 7;

function seedPredictions(
  deployment: StoredDeployment,
  random: Random,
  now: number,
  count: number,
): void {
  const behaviour = MODEL_BEHAVIOURS[deployment.kind];
  const timeAt = createDemoTimeSampler(now, 30);
  const times = Array.from({ length: count }, () => timeAt(random.next())).sort((a, b) => a - b);
  const shiftStart = now - DEMO_SHIFT_DAYS * DAY_MS;
  const shifts = deployment.kind === 'loan-approval';
  for (const time of times) {
    const late = shifts && time >= shiftStart;
    const phase: DemoPhase = { drifted: late, degraded: late };
    const features = behaviour.sampleFeatures(random, phase);
    const output = behaviour.predict(features);
    const hasFeedback = time < now - FEEDBACK_LAG_MS && random.next() < FEEDBACK_SHARE;
    const prediction = {
      uuid: random.uuid(),
      createdAt: new Date(Math.floor(time)),
      features,
      output,
      feedback: hasFeedback ? behaviour.sampleTarget(output, random, phase) : null,
    };
    // Seeding runs before anything is added at run time, so appending keeps the time order.
    deployment.predictions.push(prediction);
    deployment.predictionsByUuid.set(prediction.uuid, prediction);
  }
}

/**
 * Fills the store with the demo deployments: a classifier and a regressor, each with a live, a
 * challenger and a disabled model and `predictionsPerDeployment` predictions over the last 30
 * days (60% with feedback), and a deployment whose creation failed. Same seed, same data; the
 * times are relative to `now`. Volume follows a daily rhythm (more by day than by night, less at
 * weekends, UTC); in the last week "Loan approval"'s applicants earn more (drift in `income`)
 * and its feedback disagrees more with its outputs (precision, recall and F1 fall).
 */
export function seedDemoData(
  store: EmulatorStore,
  seed: number,
  now: number,
  predictionsPerDeployment: number,
): KonanEmulatorDemo {
  const random = createRandom(seed);
  const classifier = seedDeployment(store, random, now, {
    name: 'Loan approval',
    kind: 'loan-approval',
    daysAgo: 120,
    models: [
      { name: 'loan-logreg-v1', state: 'disabled', daysAgo: 120, tag: 'loan-logreg:1.0' },
      { name: 'loan-gbm-v3', state: 'live', daysAgo: 64, tag: 'loan-gbm:3.0' },
      { name: 'loan-xgb-v4', state: 'challenger', daysAgo: 9, tag: 'loan-xgb:4.0' },
    ],
  });
  const regressor = seedDeployment(store, random, now, {
    name: 'House prices',
    kind: 'house-prices',
    daysAgo: 95,
    models: [
      { name: 'house-ridge-v1', state: 'disabled', daysAgo: 95, tag: 'house-ridge:1.0' },
      { name: 'house-lgbm-v2', state: 'live', daysAgo: 41, tag: 'house-lgbm:2.1' },
      { name: 'house-catboost-v3', state: 'challenger', daysAgo: 4, tag: 'house-catboost:3.0' },
    ],
  });
  const failedCreatedAt = new Date(now - 2 * DAY_MS);
  const failedAttempt = simulateContainerStart(
    {
      deploymentName: 'Churn forecast',
      imageUrl: 'registry.konan.ai/acme/churn-private:1.2',
      exposedPort: 8000,
    },
    failedCreatedAt,
  );
  const failed = store.addDeployment({
    uuid: random.uuid(),
    name: 'Churn forecast',
    createdAt: failedCreatedAt,
    kind: 'generic',
    errors: failedAttempt.errors,
    containerLogs: failedAttempt.logs,
  });
  // Each deployment draws from its own stream, so the data does not depend on which is read first.
  for (const [index, deployment] of [classifier, regressor].entries()) {
    const stream = createRandom((seed + 0x9e3779b9 * (index + 1)) >>> 0);
    deployment.seedPredictions = () =>
      seedPredictions(deployment, stream, now, predictionsPerDeployment);
  }
  return { classifier: classifier.uuid, regressor: regressor.uuid, failed: failed.uuid };
}
