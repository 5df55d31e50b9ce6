import { useState } from 'react';
import type { KonanJson } from '../../client/types';
import type { JsonSummary } from './json-summary';

export interface JsonCellProps {
  value: KonanJson;
  summary: JsonSummary;
  /** Always offer the full JSON, even when the summary says it all. */
  expandable?: boolean;
}

/** A JSON value as its one-line summary, with the full JSON (as text) behind a disclosure. */
export function JsonCell({ value, summary, expandable = false }: JsonCellProps) {
  // The full JSON is only rendered once opened: hundreds of closed rows stay light.
  const [open, setOpen] = useState(false);
  if (summary.complete && !expandable) {
    return <span className="konan-predictions-table-summary">{summary.text}</span>;
  }
  return (
    <details
      className="konan-predictions-table-details"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="konan-predictions-table-summary">{summary.text}</summary>
      {open ? (
        <pre className="konan-mono konan-predictions-table-json">
          {JSON.stringify(value, null, 2)}
        </pre>
      ) : null}
    </details>
  );
}
