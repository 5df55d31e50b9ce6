import type { FeedbackOutcome, FeedbackRow } from './feedback-row-model.js';

/** Outcome names in the export: stable and machine-readable, whatever the UI's language. */
const outcomeValue: Record<FeedbackOutcome, string> = {
  accepted: 'accepted',
  rejected: 'rejected',
  notSent: 'not_sent',
};

/**
 * The characters that make a spreadsheet run a cell as a formula when they lead it (OWASP's list:
 * `=`, `+`, `-`, `@`, tab, carriage return).
 */
export const FORMULA_LEADS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

export type CsvValue = string | number | null;

/**
 * One CSV cell (RFC 4180). Numbers are written as they are and `null` as an empty cell. Text is
 * always quoted, so a `,`, `;` or tab inside it never starts a new field, whatever delimiter the
 * reader splits on (Excel in de-DE or fr-FR splits on `;`). Text led by a formula character
 * (`FORMULA_LEADS`) gets a `'` in front, inside the quotes, so it stays text.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_LEADS.has(value[0] ?? '') ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows of cells as CSV text, each line ended with CRLF. */
export function csvTable(rows: readonly (readonly CsvValue[])[], delimiter = ','): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvCell).join(delimiter)}\r\n`;
  return out;
}

/** The rows as CSV text, header included, lines ended with CRLF. */
export function feedbackRowsToCsv(rows: readonly FeedbackRow[]): string {
  return csvTable([
    ['prediction_uuid', 'outcome', 'status', 'message'],
    ...rows.map((row) => [row.predictionUuid, outcomeValue[row.outcome], row.status, row.message]),
  ]);
}
