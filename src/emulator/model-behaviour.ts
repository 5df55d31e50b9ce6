import { isJsonObject, type Json, type JsonObject, stableStringify } from './json.js';
import { hashString, type Random } from './prng.js';

/** What a deployment's model does. Demo deployments have their own; created ones are generic. */
export type ModelKind = 'loan-approval' | 'house-prices' | 'generic';

/**
 * Where a seeded prediction falls in the demo story: `drifted` once a feature's distribution has
 * shifted (the last week of "Loan approval"), `degraded` once feedback disagrees more with outputs.
 */
export interface DemoPhase {
  drifted: boolean;
  degraded: boolean;
}

const USUAL: DemoPhase = { drifted: false, degraded: false };

export interface ModelBehaviour {
  task: 'classification' | 'regression';
  /** Class labels, positive class first (classification only). */
  labels: readonly string[];
  /** Same input, same output. Any JSON input works: missing features are derived from its hash. */
  predict(input: Json): JsonObject;
  /** Draws the same number of values whatever the phase, so the seeded sequence stays aligned. */
  sampleFeatures(random: Random, phase?: DemoPhase): JsonObject;
  /** A believable ground truth for an output: right most of the time, not always. */
  sampleTarget(output: JsonObject, random: Random, phase?: DemoPhase): JsonObject;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Reads a numeric feature; a missing or non-numeric one is derived from the input's hash. */
function numericFeature(input: Json, name: string, min: number, max: number): number {
  const value = isJsonObject(input) ? Number(input[name]) : Number.NaN;
  if (Number.isFinite(value)) return value;
  const unit = hashString(`${name}:${stableStringify(input)}`) / 4294967296;
  return min + unit * (max - min);
}

const loanApproval: ModelBehaviour = {
  task: 'classification',
  labels: ['approved', 'rejected'],
  predict(input) {
    const income = Math.max(1, numericFeature(input, 'income', 18_000, 160_000));
    const loan = numericFeature(input, 'loan_amount', 2_000, 60_000);
    const credit = numericFeature(input, 'credit_score', 300, 850);
    const years = numericFeature(input, 'employment_years', 0, 30);
    const owns = isJsonObject(input) && input.home_ownership === 'own' ? 0.4 : 0;
    const z = 0.018 * (credit - 640) - 5 * (loan / income - 0.3) + 0.05 * (years - 3) + owns;
    const approval = sigmoid(z);
    const label = approval >= 0.5 ? 'approved' : 'rejected';
    return { label, probability: round(Math.max(approval, 1 - approval), 4) };
  },
  sampleFeatures(random, phase = USUAL) {
    // Drift: in the last week applicants earn about 45% more (a new partner's customers).
    const median = phase.drifted ? 70_000 : 48_000;
    const income = Math.round(Math.exp(random.normal(Math.log(median), 0.45)) / 100) * 100;
    return {
      income,
      age: random.int(21, 70),
      credit_score: Math.min(850, Math.max(300, Math.round(random.normal(660, 75)))),
      loan_amount: Math.round((income * (0.05 + random.next() * 0.6)) / 500) * 500,
      employment_years: random.int(0, 30),
      home_ownership: random.pick(['rent', 'own', 'mortgage']),
    };
  },
  sampleTarget(output, random, phase = USUAL) {
    // Calibrated: the predicted label is right with the model's own confidence; once degraded,
    // right only about two times in three of that.
    const confidence = typeof output.probability === 'number' ? output.probability : 0.5;
    const right = random.next() < confidence * (phase.degraded ? 0.68 : 1);
    const label = right ? output.label : output.label === 'approved' ? 'rejected' : 'approved';
    return { label: label ?? 'approved' };
  },
};

const housePrices: ModelBehaviour = {
  task: 'regression',
  labels: [],
  predict(input) {
    const area = numericFeature(input, 'area_sqm', 35, 260);
    const bedrooms = numericFeature(input, 'bedrooms', 1, 6);
    const bathrooms = numericFeature(input, 'bathrooms', 1, 3);
    const year = numericFeature(input, 'year_built', 1950, 2024);
    const distance = numericFeature(input, 'distance_to_center_km', 0.5, 35);
    const garden = isJsonObject(input) && input.has_garden === true ? 1.06 : 1;
    const value =
      3_100 *
      area *
      (1 + 0.03 * bedrooms + 0.04 * bathrooms) *
      Math.max(0.45, 1 - 0.015 * distance) *
      (year >= 2000 ? 1.12 : 1 - Math.min(0.2, (2000 - year) * 0.004)) *
      garden;
    return { value: Math.max(10_000, Math.round(value / 100) * 100), currency: 'EUR' };
  },
  sampleFeatures(random) {
    const area = Math.round(Math.min(260, Math.max(38, random.normal(105, 40))));
    // About one bedroom per 30 m² beyond the living room; a bathroom per two or three bedrooms.
    const bedrooms = Math.min(6, Math.max(1, Math.round((area - 20) / 30)));
    const extraBathroom = random.next() < 0.5 ? 1 : 0;
    return {
      area_sqm: area,
      bedrooms,
      bathrooms: Math.min(bedrooms, Math.max(1, Math.floor(bedrooms / 2.5) + extraBathroom)),
      year_built: random.int(1950, 2024),
      distance_to_center_km: round(0.5 + random.next() * 30, 1),
      has_garden: random.next() < 0.4,
    };
  },
  sampleTarget(output, random) {
    const predicted = typeof output.value === 'number' ? output.value : 0;
    return { value: Math.round((predicted * (1 + random.normal(0, 0.09))) / 100) * 100 };
  },
};

const generic: ModelBehaviour = {
  task: 'classification',
  labels: ['positive', 'negative'],
  predict(input) {
    const score = hashString(stableStringify(input)) / 4294967296;
    const label = score >= 0.5 ? 'positive' : 'negative';
    return { label, probability: round(Math.max(score, 1 - score), 4) };
  },
  sampleFeatures(random) {
    return { x: round(random.next(), 4), y: round(random.next(), 4) };
  },
  sampleTarget(output, random) {
    const right = random.next() < 0.8;
    const label = right ? output.label : output.label === 'positive' ? 'negative' : 'positive';
    return { label: label ?? 'positive' };
  },
};

export const MODEL_BEHAVIOURS: Record<ModelKind, ModelBehaviour> = {
  'loan-approval': loanApproval,
  'house-prices': housePrices,
  generic,
};
