import type { KonanFeedbacksResult } from '../../client/data-types.js';

/** The outcome of the feedback for one prediction, as the playground shows it. */
export type PlaygroundFeedbackStatus =
  | { outcome: 'accepted'; message?: string }
  | { outcome: 'rejected'; status?: number; message?: string }
  | { outcome: 'notSent'; message?: string };

/** The status of one prediction's item in a feedback result, if the result has it. */
export function feedbackStatusOf(
  result: KonanFeedbacksResult | undefined,
  predictionUuid: string,
): PlaygroundFeedbackStatus | undefined {
  if (!result) return undefined;
  const answered = result.statuses.find((s) => s.predictionUuid === predictionUuid);
  if (answered) {
    return answered.accepted
      ? { outcome: 'accepted', ...(answered.message && { message: answered.message }) }
      : {
          outcome: 'rejected',
          status: answered.status,
          ...(answered.message && { message: answered.message }),
        };
  }
  const notSent = result.notSent.find((n) => n.submission.predictionUuid === predictionUuid);
  if (notSent) return { outcome: 'notSent', message: notSent.reason.message };
  return undefined;
}
