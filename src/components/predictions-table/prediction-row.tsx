import { memo, type ReactNode } from 'react';
import type { KonanJson, KonanPrediction } from '../../client/data-types.js';
import { Badge } from '../shared/badge.js';
import { FormattedDate } from '../shared/formatted-date.js';
import { JsonBlock, JsonCell } from './json-cell.js';
import { type JsonSummaryOptions, summarizeJson } from './json-summary.js';
import type { PredictionsTableLabels } from './predictions-table-labels.js';

export interface PredictionRowProps {
  prediction: KonanPrediction;
  showCreated: boolean;
  summaryOptions: JsonSummaryOptions;
  labels: PredictionsTableLabels;
  /** The row holding the table's one tab stop (roving tabindex). */
  active: boolean;
  expanded: boolean;
  onToggle: (uuid: string) => void;
  /** The id of the detail row, for `aria-controls`. */
  detailId: string;
}

function Missing({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="konan-muted">
        —
      </span>
      <span className="konan-visually-hidden">{label}</span>
    </>
  );
}

/** One part of a prediction in full, in the expanded row; `missing` stands for a part it lacks. */
function DetailEntry({
  term,
  value,
  missing,
}: {
  term: string;
  value: KonanJson | undefined;
  missing: ReactNode;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value === undefined ? missing : <JsonBlock value={value} />}</dd>
    </div>
  );
}

/**
 * One prediction on one line, and, when expanded, a second row with its features, output and
 * feedback in full. Memoised: loading the next page or moving focus re-renders only the rows whose
 * props changed.
 */
export const PredictionRow = memo(function PredictionRow({
  prediction,
  showCreated,
  summaryOptions,
  labels: l,
  active,
  expanded,
  onToggle,
  detailId,
}: PredictionRowProps) {
  const columns = (showCreated ? 1 : 0) + 4;
  return (
    <>
      <tr className="konan-predictions-table-row" data-uuid={prediction.uuid}>
        {showCreated ? (
          <td className="konan-predictions-table-created" data-label={l.columnCreated}>
            {prediction.createdAt ? (
              <FormattedDate value={prediction.createdAt} withTime />
            ) : (
              <Missing label={l.none} />
            )}
          </td>
        ) : null}
        <th scope="row" className="konan-predictions-table-uuid" data-label={l.columnUuid}>
          <button
            type="button"
            className="konan-predictions-table-toggle"
            tabIndex={active ? 0 : -1}
            aria-expanded={expanded}
            aria-controls={expanded ? detailId : undefined}
            title={prediction.uuid}
            onClick={() => onToggle(prediction.uuid)}
          >
            <span aria-hidden="true" className="konan-predictions-table-chevron" />
            <span className="konan-mono konan-predictions-table-uuid-text">{prediction.uuid}</span>
          </button>
        </th>
        <td data-label={l.columnFeatures}>
          {prediction.features === undefined ? (
            <Missing label={l.none} />
          ) : (
            <JsonCell summary={summarizeJson(prediction.features, summaryOptions)} />
          )}
        </td>
        <td data-label={l.columnOutput}>
          <JsonCell summary={summarizeJson(prediction.output, summaryOptions)} />
        </td>
        <td data-label={l.columnFeedback}>
          {prediction.feedback === undefined ? (
            <Badge tone="warning">{l.noFeedback}</Badge>
          ) : (
            <JsonCell summary={summarizeJson(prediction.feedback, summaryOptions)} />
          )}
        </td>
      </tr>
      {expanded ? (
        <tr className="konan-predictions-table-detail-row" id={detailId}>
          <td colSpan={columns}>
            <dl className="konan-predictions-table-detail">
              <DetailEntry
                term={l.columnFeatures}
                value={prediction.features}
                missing={<Missing label={l.none} />}
              />
              <DetailEntry term={l.columnOutput} value={prediction.output} missing={null} />
              <DetailEntry
                term={l.columnFeedback}
                value={prediction.feedback}
                missing={l.noFeedback}
              />
            </dl>
          </td>
        </tr>
      ) : null}
    </>
  );
});
