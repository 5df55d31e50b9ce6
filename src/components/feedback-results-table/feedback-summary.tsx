import { memo } from 'react';
import type { KonanFeedbacksResult } from '../../client/data-types.js';
import type { KonanFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import type { FeedbackResultsTableLabels } from './feedback-results-table-labels.js';

interface FeedbackSummaryProps {
  result: KonanFeedbacksResult;
  labels: FeedbackResultsTableLabels;
  format: KonanFormatters;
}

/**
 * The counts of a result: accepted, rejected, not sent and total, each with its share. Memoized:
 * filtering, sorting and searching leave it as it is.
 */
export const FeedbackSummary = memo(function FeedbackSummary({
  result,
  labels,
  format,
}: FeedbackSummaryProps) {
  const total = result.total;
  const entries = [
    { key: 'accepted', label: labels.accepted, count: result.accepted },
    { key: 'rejected', label: labels.rejected, count: result.rejected },
    { key: 'notSent', label: labels.notSent, count: result.notSent.length },
  ] as const;
  return (
    <section className="konan-feedback-results-table-summary" aria-label={labels.summary}>
      <dl>
        {entries.map((entry) => (
          <div key={entry.key} data-outcome={entry.key} data-zero={entry.count === 0 || undefined}>
            <dt>{entry.label}</dt>
            <dd>
              <span className="konan-feedback-results-table-count">
                {format.number(entry.count)}
              </span>
              {total > 0 ? (
                <span className="konan-feedback-results-table-share">
                  {labels.share(labelCount(entry.count / total, format.percent))}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
        <div data-outcome="total">
          <dt>{labels.total}</dt>
          <dd>
            <span className="konan-feedback-results-table-count">{format.number(total)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
});
