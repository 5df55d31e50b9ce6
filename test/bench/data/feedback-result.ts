import type { KonanFeedbacksResult } from '../../../src/client/data-types';
import { createPrng, prngUuid } from './prng';

/**
 * A deterministic `KonanFeedbacksResult` of `count` items, shaped like a real submission:
 * about 70 % accepted, 25 % rejected (unknown prediction or feedback already recorded) and 5 %
 * not sent (a failed chunk), in submission order.
 */
export function generateFeedbackResult(count: number, seed = 6): KonanFeedbacksResult {
  const next = createPrng(seed);
  const result: KonanFeedbacksResult = {
    statuses: [],
    accepted: 0,
    rejected: 0,
    notSent: [],
    total: count,
  };
  const chunkFailure = new Error('Network error: the connection was reset before Konan answered.');
  for (let i = 0; i < count; i++) {
    const predictionUuid = prngUuid(next);
    const roll = next();
    if (roll < 0.7) {
      result.accepted++;
      result.statuses.push({
        predictionUuid,
        accepted: true,
        status: 201,
        message: 'Feedback recorded.',
      });
    } else if (roll < 0.95) {
      result.rejected++;
      const unknown = roll < 0.85;
      result.statuses.push({
        predictionUuid,
        accepted: false,
        status: unknown ? 404 : 409,
        message: unknown
          ? 'Prediction not found in this deployment.'
          : 'Feedback already recorded for this prediction.',
      });
    } else {
      result.notSent.push({
        submission: { predictionUuid, target: { label: 'approved' } },
        reason: chunkFailure,
      });
    }
  }
  return result;
}
