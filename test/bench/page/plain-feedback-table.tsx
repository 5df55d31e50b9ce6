import { useMemo, useState } from 'react';
import type { KonanFeedbacksResult } from '../../../src/client/data-types';
import {
  createFeedbackRowModel,
  type FeedbackOutcomeFilter,
  selectFeedbackRows,
} from '../../../src/components/feedback-results-table/feedback-row-model';

const filters: readonly FeedbackOutcomeFilter[] = ['all', 'accepted', 'rejected', 'notSent'];

/**
 * The baseline: the same row model, filter buttons and cells as `FeedbackResultsTable`, but every
 * row rendered into one plain `<table>` (no virtualization).
 */
export function PlainFeedbackTable({
  result,
  height,
}: {
  result: KonanFeedbacksResult;
  height: number;
}) {
  const [outcome, setOutcome] = useState<FeedbackOutcomeFilter>('all');
  const model = useMemo(() => createFeedbackRowModel(result), [result]);
  const rows = useMemo(
    () => selectFeedbackRows(model, { outcome, search: '', sort: null }),
    [model, outcome],
  );
  return (
    <div>
      <div>
        {filters.map((filter) => (
          <button
            key={filter}
            type="button"
            data-outcome={filter}
            aria-pressed={outcome === filter}
            onClick={() => setOutcome(filter)}
          >
            {filter} {model.counts[filter]}
          </button>
        ))}
      </div>
      <div className="bench-plain-scroll" style={{ height, overflow: 'auto' }}>
        <table aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              <th>Prediction</th>
              <th>Outcome</th>
              <th>Status</th>
              <th>Message</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} data-index={index} data-outcome={row.outcome}>
                <td>{row.predictionUuid}</td>
                <td>{row.outcome}</td>
                <td>{row.status ?? '—'}</td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
