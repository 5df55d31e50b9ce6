import type { ApiCaller } from './api-caller.js';
import type { KonanSubmitFeedbacksOptions } from './client-interface.js';
import type {
  KonanFeedbackNotSent,
  KonanFeedbackStatus,
  KonanFeedbackSubmission,
  KonanFeedbacksResult,
} from './data-types.js';
import { KonanAbortError, KonanInputError, KonanValidationError } from './errors.js';
import { feedbackResponseSchema } from './schemas/feedback.js';
import { segment } from './url.js';
import { requireCount, requireJson, requireText, requireUuid } from './validate-input.js';

function checkSubmissions(feedbacks: readonly KonanFeedbackSubmission[]): void {
  if (!Array.isArray(feedbacks)) {
    throw new KonanInputError(
      'feedbacks',
      'feedbacks must be an array of { predictionUuid, target }.',
    );
  }
  feedbacks.forEach((item, i) => {
    const at = `feedbacks[${i}]`;
    if (typeof item !== 'object' || item === null) {
      throw new KonanInputError(at, `${at} must be { predictionUuid, target }.`);
    }
    requireText(`${at}.predictionUuid`, item.predictionUuid, `The prediction identifier of ${at}`);
    const { target } = item;
    const isObject = typeof target === 'object' && target !== null && !Array.isArray(target);
    if (typeof target !== 'string' && !isObject) {
      throw new KonanInputError(
        `${at}.target`,
        `${at}.target must be the ground truth as a string or a JSON object shaped like the model's output.`,
      );
    }
    requireJson(`${at}.target`, target);
  });
}

type Outcome = { status: KonanFeedbackStatus } | { notSent: KonanFeedbackNotSent };

/**
 * Pairs each submitted item with the server's answer for it. An item the server did not answer
 * for is counted as not sent, never silently lost.
 */
function pairAnswers(
  items: readonly KonanFeedbackSubmission[],
  data: readonly KonanFeedbackStatus[],
  url: string,
): Outcome[] {
  const byPrediction = new Map<string, KonanFeedbackStatus[]>();
  for (const status of data) {
    const queue = byPrediction.get(status.predictionUuid);
    if (queue) queue.push(status);
    else byPrediction.set(status.predictionUuid, [status]);
  }
  return items.map((submission) => {
    const status = byPrediction.get(submission.predictionUuid)?.shift();
    if (status) return { status };
    const reason = new KonanValidationError({
      url,
      issues: [{ path: 'data', message: `no answer for prediction ${submission.predictionUuid}` }],
    });
    return { notSent: { submission, reason } };
  });
}

/** `submitFeedbacks`: any number of items, chunked, with bounded concurrency and exact accounting. */
export async function submitFeedbacks(
  api: ApiCaller,
  deploymentUuid: string,
  feedbacks: readonly KonanFeedbackSubmission[],
  options: KonanSubmitFeedbacksOptions = {},
): Promise<KonanFeedbacksResult> {
  requireUuid('deploymentUuid', deploymentUuid);
  checkSubmissions(feedbacks);
  const chunkSize = requireCount('chunkSize', options.chunkSize ?? 500);
  const concurrency = requireCount('concurrency', options.concurrency ?? 2);
  const { signal, onProgress } = options;
  const url = api.url(
    `/deployments/${segment('deploymentUuid', deploymentUuid)}/predictions/feedback/`,
  );

  const total = feedbacks.length;
  const outcomes: Outcome[][] = [];
  const progress = { done: 0, total, accepted: 0, rejected: 0, notSent: 0 };

  const chunks: (readonly KonanFeedbackSubmission[])[] = [];
  for (let start = 0; start < total; start += chunkSize) {
    chunks.push(feedbacks.slice(start, start + chunkSize));
  }

  async function send(items: readonly KonanFeedbackSubmission[]): Promise<Outcome[]> {
    try {
      if (signal?.aborted) throw new KonanAbortError({ cause: signal.reason });
      const body = await api.call({
        method: 'POST',
        url,
        json: {
          feedback: items.map((f) => ({ prediction_uuid: f.predictionUuid, target: f.target })),
        },
        schema: feedbackResponseSchema,
        signal,
      });
      return pairAnswers(items, body.data, url);
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error));
      return items.map((submission) => ({ notSent: { submission, reason } }));
    }
  }

  function report(chunk: readonly Outcome[]): void {
    for (const outcome of chunk) {
      if ('notSent' in outcome) progress.notSent++;
      else if (outcome.status.accepted) progress.accepted++;
      else progress.rejected++;
    }
    progress.done += chunk.length;
    if (!onProgress) return;
    try {
      onProgress({ ...progress });
    } catch (error) {
      // A failing progress callback must not lose the accounting; surface it anyway.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next++;
      const chunk = chunks[index] ?? [];
      const outcome = await send(chunk);
      outcomes[index] = outcome;
      report(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));

  const result: KonanFeedbacksResult = {
    statuses: [],
    accepted: 0,
    rejected: 0,
    notSent: [],
    total,
  };
  for (const outcome of outcomes.flat()) {
    if ('notSent' in outcome) {
      result.notSent.push(outcome.notSent);
    } else {
      result.statuses.push(outcome.status);
      if (outcome.status.accepted) result.accepted++;
      else result.rejected++;
    }
  }
  return result;
}
