import type { FeedbackOutcome, FeedbackRow } from './feedback-row-model.js';

/** Outcome names in the export: stable and machine-readable, whatever the UI's language. */
const outcomeValue: Record<FeedbackOutcome, string> = {
  accepted: 'accepted',
  rejected: 'rejected',
  notSent: 'not_sent',
};

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'` so it stays text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text, header included, lines ended with CRLF. */
export function feedbackRowsToCsv(rows: readonly FeedbackRow[]): string {
  const lines = ['prediction_uuid,outcome,status,message'];
  for (const row of rows) {
    lines.push(
      `${csvCell(row.predictionUuid)},${outcomeValue[row.outcome]},${csvCell(row.status)},${csvCell(row.message)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Offers text as a file download (a Blob behind a temporary link). */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  // The byte order mark makes spreadsheet apps read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
