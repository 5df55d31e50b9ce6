import type { KonanJson } from '../../client/data-types.js';
import type { JsonSummary } from './json-summary.js';

export interface JsonCellProps {
  summary: JsonSummary;
}

/**
 * The summary's entries on one line. The "·" between entries is drawn by CSS before each entry
 * after the first, so it never sits alone at the end of a line, and each entry stays whole.
 * Each entry's text is isolated with its own direction, so an Arabic page does not reorder
 * `income: 42,200` around its colon, while an entry in Arabic ("+3 أخرى") stays right to left.
 * The "·" stays outside that isolation, in the page's direction, so it falls between entries.
 */
export function JsonCell({ summary }: JsonCellProps) {
  return (
    <span className="konan-predictions-table-summary">
      {summary.parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional and never reorder.
        <span key={index} className="konan-predictions-table-part">
          <span dir="auto">{part}</span>
        </span>
      ))}
    </span>
  );
}

/** A JSON value in full, as text (never as HTML). */
export function JsonBlock({ value }: { value: KonanJson }) {
  return (
    <pre className="konan-mono konan-predictions-table-json" dir="ltr">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
