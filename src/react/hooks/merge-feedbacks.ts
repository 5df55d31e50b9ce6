import type { KonanFeedbackProgress, KonanFeedbacksResult } from '../../client/data-types.js';

/** Progress of a retry of not-sent items, counted against the whole original submission. */
export function mergeProgress(
  base: KonanFeedbacksResult,
  retry: KonanFeedbackProgress,
): KonanFeedbackProgress {
  return {
    done: base.accepted + base.rejected + retry.done,
    total: base.total,
    accepted: base.accepted + retry.accepted,
    rejected: base.rejected + retry.rejected,
    notSent: retry.notSent,
  };
}

/**
 * The original result with its not-sent items replaced by the retry's outcome, so the totals keep
 * adding up: `accepted + rejected + notSent.length === total`.
 */
export function mergeResults(
  base: KonanFeedbacksResult,
  retry: KonanFeedbacksResult,
): KonanFeedbacksResult {
  return {
    statuses: [...base.statuses, ...retry.statuses],
    accepted: base.accepted + retry.accepted,
    rejected: base.rejected + retry.rejected,
    notSent: retry.notSent,
    total: base.total,
  };
}

export function progressOf(result: KonanFeedbacksResult): KonanFeedbackProgress {
  return {
    done: result.total,
    total: result.total,
    accepted: result.accepted,
    rejected: result.rejected,
    notSent: result.notSent.length,
  };
}
