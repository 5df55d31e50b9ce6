import type { KonanPrediction } from '../../../src/client/data-types';
import { createPrng } from './prng';

const CITIES = ['Cairo', 'Riyadh', 'Dubai', 'Amman', 'Doha', 'Tunis', 'Rabat', 'Beirut'];
const PLANS = ['free', 'basic', 'pro', 'team', 'enterprise'];

/**
 * `count` predictions with 10 features (6 numeric, 4 categorical) and an object output, the same
 * for the same `seed`. `shifted` moves `income` up and `plan` down (drift). With `window`, each
 * has a `createdAt` drawn uniformly in it, and about 60% have feedback.
 */
export function widePredictions(
  count: number,
  seed: number,
  { shifted = false, window }: { shifted?: boolean; window?: { start: number; end: number } } = {},
): KonanPrediction[] {
  const random = createPrng(seed);
  return Array.from({ length: count }, (_, i) => {
    const income = 20_000 + random() * 90_000 + (shifted ? 15_000 : 0);
    const features = {
      income: Math.round(income),
      age: 18 + Math.floor(random() * 60),
      credit_score: Math.round(300 + random() * 550),
      loan_amount: Math.round(income * random() * 0.6),
      tenure_months: Math.floor(random() * 240),
      balance: Math.round(random() * 1e5) / 100,
      city: CITIES[Math.floor(random() * CITIES.length)] ?? 'Cairo',
      plan: PLANS[Math.floor(random() * (shifted ? 3 : PLANS.length))] ?? 'free',
      channel: random() < 0.5 ? 'web' : 'mobile',
      has_card: random() < 0.7,
    };
    const label = random() < 0.5 ? 'approved' : 'rejected';
    const prediction: KonanPrediction = {
      uuid: `${seed}-${i}`,
      features,
      output: { label, probability: random() },
    };
    if (window) {
      prediction.createdAt = new Date(window.start + random() * (window.end - window.start));
      if (random() < 0.6) prediction.feedback = { label };
    }
    return prediction;
  });
}
