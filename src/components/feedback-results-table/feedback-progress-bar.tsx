import type { ReactNode } from 'react';
import type { KonanFeedbackProgress } from '../../client/data-types.js';
import { useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import {
  defaultFeedbackResultsTableLabels,
  type FeedbackResultsTableLabels,
} from './feedback-results-table-labels.js';

export interface FeedbackProgressBarProps {
  /** `null` before the first chunk is answered: the bar is indeterminate. */
  progress: KonanFeedbackProgress | null | undefined;
  labels?: Pick<FeedbackResultsTableLabels, 'submitPending' | 'progress' | 'progressCounts'>;
  /** Shown after the counts, e.g. a cancel button. */
  children?: ReactNode;
}

/** Items answered out of the total while a feedback submission runs. */
export function FeedbackProgressBar({
  progress,
  labels = defaultFeedbackResultsTableLabels,
  children,
}: FeedbackProgressBarProps) {
  const format = useFormatters();
  const count = (value: number) => labelCount(value, format.number);
  const text = progress
    ? labels.progress(count(progress.done), count(progress.total))
    : labels.submitPending;
  return (
    <div className="konan-stack konan-feedback-results-table-progress">
      <div className="konan-row konan-feedback-results-table-progress-head">
        <span role="status">{text}</span>
        {progress && progress.total > 0 ? (
          <span className="konan-feedback-results-table-percent" aria-hidden="true">
            {format.percent(progress.done / progress.total)}
          </span>
        ) : null}
        {children}
      </div>
      {progress && progress.total > 0 ? (
        <progress
          className="konan-progress"
          max={progress.total}
          value={progress.done}
          aria-label={labels.submitPending}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          aria-valuetext={text}
        />
      ) : (
        <progress className="konan-progress" aria-label={labels.submitPending} />
      )}
      {progress ? (
        <span className="konan-muted">
          {labels.progressCounts(
            count(progress.accepted),
            count(progress.rejected),
            count(progress.notSent),
          )}
        </span>
      ) : null}
    </div>
  );
}
