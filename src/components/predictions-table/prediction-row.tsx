import { memo } from 'react';
import type { KonanJson, KonanPrediction } from '../../client/data-types.js';
import { Badge } from '../shared/badge.js';
import { FormattedDate } from '../shared/formatted-date.js';
import { JsonCell } from './json-cell.js';
import { type JsonSummaryOptions, summarizeJson } from './json-summary.js';
import type { PredictionsTableLabels } from './predictions-table-labels.js';

export interface PredictionRowProps {
  prediction: KonanPrediction;
  showCreated: boolean;
  summaryOptions: JsonSummaryOptions;
  labels: PredictionsTableLabels;
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

function Json({
  value,
  options,
  expandable,
}: {
  value: KonanJson;
  options: JsonSummaryOptions;
  expandable?: boolean;
}) {
  return <JsonCell value={value} summary={summarizeJson(value, options)} expandable={expandable} />;
}

/** One prediction. Memoised: loading the next page does not re-render the rows already shown. */
export const PredictionRow = memo(function PredictionRow({
  prediction,
  showCreated,
  summaryOptions,
  labels: l,
}: PredictionRowProps) {
  return (
    <tr>
      {showCreated ? (
        <td className="konan-predictions-table-created">
          {prediction.createdAt ? (
            <FormattedDate value={prediction.createdAt} withTime />
          ) : (
            <Missing label={l.none} />
          )}
        </td>
      ) : null}
      <th scope="row" className="konan-mono konan-predictions-table-uuid">
        {prediction.uuid}
      </th>
      <td>
        {prediction.features === undefined ? (
          <Missing label={l.none} />
        ) : (
          <Json value={prediction.features} options={summaryOptions} expandable />
        )}
      </td>
      <td>
        <Json value={prediction.output} options={summaryOptions} />
      </td>
      <td>
        {prediction.feedback === undefined ? (
          <Badge tone="warning">{l.noFeedback}</Badge>
        ) : (
          <Json value={prediction.feedback} options={summaryOptions} />
        )}
      </td>
    </tr>
  );
});
