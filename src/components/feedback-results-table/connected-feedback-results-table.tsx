import type { UseSubmitFeedbacksResult } from '../../react/index.js';
import { FeedbackResultsTable, type FeedbackResultsTableProps } from './feedback-results-table.js';
import { useShownResult } from './use-shown-result.js';

export interface ConnectedFeedbackResultsTableProps
  extends Pick<FeedbackResultsTableProps, 'labels' | 'height' | 'headingLevel'> {
  /** What `useSubmitFeedbacks(deploymentUuid)` returned, in the component that submits. */
  submission: UseSubmitFeedbacksResult;
}

/** `FeedbackResultsTable` wired to a `useSubmitFeedbacks` submission: progress, result, retry. */
export function ConnectedFeedbackResultsTable({
  submission,
  ...view
}: ConnectedFeedbackResultsTableProps) {
  const { result, retrying } = useShownResult(submission);
  return (
    <FeedbackResultsTable
      {...view}
      result={result}
      pending={submission.isPending}
      progress={submission.progress}
      error={submission.error}
      onRetryNotSent={submission.retryNotSent}
      retrying={retrying}
    />
  );
}
