import type { FeedbackFileFormat } from './parse-feedback-file.js';

/**
 * Every text FeedbackUploader shows. Counts come as numbers and as locale-formatted text; `at`
 * is where a problem is: a CSV line number or a JSON item's position, already formatted.
 */
export interface FeedbackUploaderLabels {
  title: string;
  intro: string;
  dropZone: string;
  chooseFile: string;
  fileHint: string;
  dropping: string;
  pasteToggle: string;
  pasteLabel: string;
  pasteHint: string;
  usePasted: string;
  pastedName: string;
  reading: (fileName: string) => string;
  fileSummary: (fileName: string, format: string, rows: number, formattedRows: string) => string;
  format: Record<FeedbackFileFormat, string>;
  previewTitle: string;
  previewCaption: (shown: string, total: string) => string;
  columnAt: Record<FeedbackFileFormat, string>;
  columnUuid: string;
  columnTarget: string;
  columnCheck: string;
  rowOk: string;
  rowProblem: string;
  allValid: (rows: number, formatted: string) => string;
  problemsTitle: (problems: number, formatted: string) => string;
  validCount: (valid: string, total: string) => string;
  at: (format: FeedbackFileFormat, at: string) => string;
  moreProblems: (hidden: number, formatted: string) => string;
  emptyFile: string;
  unreadable: (detail: string) => string;
  tooLarge: (size: string, maxSize: string) => string;
  invalidJson: (detail: string) => string;
  notAList: string;
  missingColumns: (columns: string[]) => string;
  noRows: string;
  unclosedQuote: string;
  textAfterQuote: string;
  fieldCount: (found: number, expected: number) => string;
  notAnObject: string;
  invalidJsonTarget: (detail: string) => string;
  unsupportedTarget: string;
  missingUuid: string;
  duplicate: (predictionUuid: string, firstAt: string, format: FeedbackFileFormat) => string;
  emptyTarget: string;
  skipInvalid: (invalid: number, formattedInvalid: string) => string;
  submit: (rows: number, formatted: string) => string;
  submitValid: (rows: number, formatted: string) => string;
  submitBlocked: string;
  submitNothing: string;
  cancel: string;
  clear: string;
  uploadAnother: string;
  tryAgain: string;
  errorTitle: string;
}

const rows = (count: number, formatted: string) => `${formatted} ${count === 1 ? 'row' : 'rows'}`;

export const defaultFeedbackUploaderLabels: FeedbackUploaderLabels = {
  title: 'Upload feedback',
  intro: 'Send the ground truth of many predictions at once, from a CSV or JSON file.',
  dropZone: 'Drop a CSV or JSON file here',
  chooseFile: 'Choose a file',
  fileHint:
    'CSV with the columns prediction_uuid and target, or JSON: [{"prediction_uuid": "…", "target": …}]. A target is text or a JSON object.',
  dropping: 'Drop the file to read it',
  pasteToggle: 'Or paste CSV or JSON',
  pasteLabel: 'Feedback as CSV or JSON',
  pasteHint: 'The same content as a file: a header row for CSV.',
  usePasted: 'Check pasted text',
  pastedName: 'Pasted text',
  reading: (name) => `Reading ${name}…`,
  fileSummary: (name, format, count, formatted) =>
    `${name} · ${format} · ${rows(count, formatted)}`,
  format: { csv: 'CSV', json: 'JSON' },
  previewTitle: 'Preview',
  previewCaption: (shown, total) => `First ${shown} of ${total} rows`,
  columnAt: { csv: 'Line', json: 'Item' },
  columnUuid: 'prediction_uuid',
  columnTarget: 'target',
  columnCheck: 'Check',
  rowOk: 'OK',
  rowProblem: 'Problem',
  allValid: (count, formatted) =>
    count === 1 ? 'The row is valid.' : `All ${formatted} rows are valid.`,
  problemsTitle: (count, formatted) => `${formatted} ${count === 1 ? 'problem' : 'problems'} found`,
  validCount: (valid, total) => `${valid} of ${total} rows can be submitted.`,
  at: (format, at) => (format === 'csv' ? `Line ${at}` : `Item ${at}`),
  moreProblems: (hidden, formatted) =>
    `…and ${formatted} more ${hidden === 1 ? 'problem' : 'problems'}.`,
  emptyFile: 'The file is empty.',
  unreadable: (detail) => `The file could not be read: ${detail}`,
  tooLarge: (size, max) => `The file is ${size}; the limit is ${max}. Split it into smaller files.`,
  invalidJson: (detail) => `The file is not valid JSON: ${detail}`,
  notAList: 'The JSON must be a list of items, or an object with a "feedback" list.',
  missingColumns: (columns) =>
    `Missing ${columns.length === 1 ? 'column' : 'columns'}: ${columns.join(', ')}. The first row must name the columns prediction_uuid and target.`,
  noRows: 'The file has no feedback rows.',
  unclosedQuote:
    'A quote opened on this line is not closed, so this row cannot be read; the rows after it were read. Close the quote, or double it ("") if it is part of the value.',
  textAfterQuote:
    'Unexpected text after a closing quote. Quote the whole value and double the quotes inside it ("").',
  fieldCount: (found, expected) =>
    `Has ${found} values where the header has ${expected}. Quote values that contain commas.`,
  notAnObject: 'The item is not an object with prediction_uuid and target.',
  invalidJsonTarget: (detail) => `The target looks like JSON but cannot be read: ${detail}`,
  unsupportedTarget: 'The target must be text or a JSON object, not a list.',
  missingUuid: 'The prediction_uuid is empty.',
  duplicate: (uuid, firstAt, format) =>
    `Duplicate prediction_uuid ${uuid}: it is first on ${format === 'csv' ? 'line' : 'item'} ${firstAt}.`,
  emptyTarget: 'The target is empty.',
  skipInvalid: (count, formatted) =>
    `Skip the ${formatted} ${count === 1 ? 'row' : 'rows'} with problems and submit the others`,
  submit: (count, formatted) => `Submit ${rows(count, formatted)}`,
  submitValid: (count, formatted) => `Submit ${formatted} valid ${count === 1 ? 'row' : 'rows'}`,
  submitBlocked: 'Fix the problems above, or skip the rows that have them, to submit.',
  submitNothing: 'Nothing in this file can be submitted.',
  cancel: 'Cancel',
  clear: 'Clear',
  uploadAnother: 'Upload another file',
  tryAgain: 'Try again',
  errorTitle: 'The feedback could not be submitted',
};
