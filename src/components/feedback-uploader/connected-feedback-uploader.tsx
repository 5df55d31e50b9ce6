import { type UseSubmitFeedbacksOptions, useSubmitFeedbacks } from '../../react/index.js';
import { useShownResult } from '../shared/use-shown-result.js';
import { FeedbackUploader, type FeedbackUploaderProps } from './feedback-uploader.js';

export interface ConnectedFeedbackUploaderProps
  extends Pick<
      FeedbackUploaderProps,
      'labels' | 'className' | 'headingLevel' | 'maxBytes' | 'resultsHeight'
    >,
    UseSubmitFeedbacksOptions {
  /** The deployment whose predictions the feedback is for. */
  deploymentUuid: string;
}

/** `FeedbackUploader` submitting through `useSubmitFeedbacks`: chunked, cancellable, retryable. */
export function ConnectedFeedbackUploader({
  deploymentUuid,
  chunkSize,
  concurrency,
  ...view
}: ConnectedFeedbackUploaderProps) {
  const submission = useSubmitFeedbacks(deploymentUuid, {
    ...(chunkSize !== undefined && { chunkSize }),
    ...(concurrency !== undefined && { concurrency }),
  });
  const { result } = useShownResult(submission);
  return (
    <FeedbackUploader
      {...view}
      onSubmit={(items) => submission.mutate(items)}
      onCancel={submission.cancel}
      onReset={submission.reset}
      onRetryNotSent={submission.retryNotSent}
      pending={submission.isPending}
      progress={submission.progress}
      result={result}
      error={submission.error}
    />
  );
}
