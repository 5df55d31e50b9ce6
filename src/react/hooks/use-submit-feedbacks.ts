import type { UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { KonanSubmitFeedbacksOptions } from '../../client/client-interface.js';
import type {
  KonanFeedbackProgress,
  KonanFeedbackSubmission,
  KonanFeedbacksResult,
} from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callSubmitFeedbacks } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import type { KonanMutationOptions } from './hook-options.js';
import { mergeProgress, mergeResults, progressOf } from './merge-feedbacks.js';
import { useKonanMutation } from './use-konan-mutation.js';

export type KonanFeedbackSubmissions = readonly KonanFeedbackSubmission[];

/** How the chunks go out (`chunkSize`, `concurrency`), and TanStack's mutation options. */
export type UseSubmitFeedbacksOptions = Pick<
  KonanSubmitFeedbacksOptions,
  'chunkSize' | 'concurrency'
> &
  KonanMutationOptions<KonanFeedbacksResult, KonanFeedbackSubmissions>;

export type UseSubmitFeedbacksResult = UseMutationResult<
  KonanFeedbacksResult,
  KonanError,
  KonanFeedbackSubmissions
> & {
  /** Items answered so far out of the total, live while the chunks go out; `null` before any. */
  progress: KonanFeedbackProgress | null;
  /**
   * Send again only the items of the last result that never got an answer (`data.notSent`). The
   * result then covers the whole original submission. Does nothing when there are none.
   */
  retryNotSent(): void;
  /** Stop sending: chunks not yet answered end up in `data.notSent`, ready for `retryNotSent`. */
  cancel(): void;
};

/**
 * Submit ground truth for predictions: `mutate(feedbacks)`. Large lists go out in chunks with
 * live `progress`; a chunk that fails does not fail the others, its items come back in
 * `data.notSent`. Refreshes the deployment's predictions and evaluation when done. Its key is
 * `konanKeys.mutations.submitFeedbacks(scope, deploymentUuid)`.
 */
export function useSubmitFeedbacks(
  deploymentUuid: string,
  options: UseSubmitFeedbacksOptions = {},
): UseSubmitFeedbacksResult {
  const [progress, setProgress] = useState<KonanFeedbackProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  // The result a `retryNotSent` call continues, keyed by the array it sends.
  const retriedFrom = useRef(new WeakMap<KonanFeedbackSubmissions, KonanFeedbacksResult>());
  const { chunkSize, concurrency, ...mutationOptions } = options;

  const mutation = useKonanMutation(
    'useSubmitFeedbacks',
    mutationOptions,
    ({ client, queryClient, scope }) => ({
      mutationKey: konanKeys.mutations.submitFeedbacks(scope, deploymentUuid),
      mutationFn: async (feedbacks: KonanFeedbackSubmissions) => {
        const base = retriedFrom.current.get(feedbacks);
        const report = (p: KonanFeedbackProgress) => setProgress(base ? mergeProgress(base, p) : p);
        const abort = new AbortController();
        controller.current = abort;
        report({ done: 0, total: feedbacks.length, accepted: 0, rejected: 0, notSent: 0 });
        try {
          const result = await callSubmitFeedbacks(client, deploymentUuid, feedbacks, {
            signal: abort.signal,
            onProgress: report,
            ...(chunkSize !== undefined && { chunkSize }),
            ...(concurrency !== undefined && { concurrency }),
          });
          const merged = base ? mergeResults(base, result) : result;
          setProgress(progressOf(merged));
          return merged;
        } finally {
          if (controller.current === abort) controller.current = null;
        }
      },
      // Even a partly failed submission recorded some feedback, which changes the evaluation.
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: konanKeys.predictions(scope, deploymentUuid) }),
          queryClient.invalidateQueries({ queryKey: konanKeys.evaluation(scope, deploymentUuid) }),
        ]),
    }),
  );

  const { data, isPending, mutate, reset: resetMutation } = mutation;
  const retryNotSent = useCallback(() => {
    if (!data || data.notSent.length === 0 || isPending) return;
    const again = data.notSent.map((item) => item.submission);
    retriedFrom.current.set(again, data);
    mutate(again);
  }, [data, isPending, mutate]);

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const reset = useCallback(() => {
    resetMutation();
    setProgress(null);
  }, [resetMutation]);

  return { ...mutation, reset, progress, retryNotSent, cancel };
}
