import { Fragment, useState } from 'react';
import type { KonanJson } from '../../client/data-types.js';
import type { JsonSummary } from './json-summary.js';

export interface JsonCellProps {
  value: KonanJson;
  summary: JsonSummary;
  /** Always offer the full JSON, even when the summary says it all. */
  expandable?: boolean;
}

/** The summary's entries, each kept whole when the line wraps. */
function SummaryText({ summary }: { summary: JsonSummary }) {
  return summary.parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional and never reorder.
    <Fragment key={index}>
      {index > 0 ? ' · ' : null}
      <span className="konan-predictions-table-part">{part}</span>
    </Fragment>
  ));
}

/** A JSON value as its one-line summary, with the full JSON (as text) behind a disclosure. */
export function JsonCell({ value, summary, expandable = false }: JsonCellProps) {
  // The full JSON is only rendered once opened: hundreds of closed rows stay light.
  const [open, setOpen] = useState(false);
  if (summary.complete && !expandable) {
    return (
      <span className="konan-predictions-table-summary">
        <SummaryText summary={summary} />
      </span>
    );
  }
  return (
    <details
      className="konan-predictions-table-details"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="konan-predictions-table-summary">
        <SummaryText summary={summary} />
      </summary>
      {open ? (
        <pre className="konan-mono konan-predictions-table-json">
          {JSON.stringify(value, null, 2)}
        </pre>
      ) : null}
    </details>
  );
}
