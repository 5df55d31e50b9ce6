import type { KonanFeedbackSubmission, KonanFeedbacksResult } from './data-types.js';

/**
 * The items of a feedback result that were never answered, ready to send again:
 * `client.submitFeedbacks(dep, notSentSubmissions(result))`.
 */
export function notSentSubmissions(result: KonanFeedbacksResult): KonanFeedbackSubmission[] {
  return result.notSent.map((item) => item.submission);
}
