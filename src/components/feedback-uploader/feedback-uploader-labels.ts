import type { FeedbackResultsTableLabels } from '../feedback-results-table/feedback-results-table-labels.js';
import type { KonanLabelCount } from '../shared/labels.js';
import type { FeedbackFileFormat } from './parse-feedback-file.js';

/**
 * Every text FeedbackUploader shows. Numbers come as `KonanLabelCount`s (value and text); `at`
 * is where a problem is: a CSV line number or a JSON item's position. File sizes come as bytes
 * (`value`) and their text in kB or MB.
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
  fileSummary: (fileName: string, format: string, rows: KonanLabelCount) => string;
  format: Record<FeedbackFileFormat, string>;
  previewTitle: string;
  previewCaption: (shown: KonanLabelCount, total: KonanLabelCount) => string;
  columnAt: Record<FeedbackFileFormat, string>;
  columnUuid: string;
  columnTarget: string;
  columnCheck: string;
  rowOk: string;
  rowProblem: string;
  allValid: (rows: KonanLabelCount) => string;
  problemsTitle: (problems: KonanLabelCount) => string;
  validCount: (valid: KonanLabelCount, total: KonanLabelCount) => string;
  at: (format: FeedbackFileFormat, at: KonanLabelCount) => string;
  moreProblems: (hidden: KonanLabelCount) => string;
  emptyFile: string;
  unreadable: (detail: string) => string;
  tooLarge: (size: KonanLabelCount, maxSize: KonanLabelCount) => string;
  invalidJson: (detail: string) => string;
  notAList: string;
  missingColumns: (columns: string[]) => string;
  noRows: string;
  unclosedQuote: string;
  textAfterQuote: string;
  fieldCount: (found: KonanLabelCount, expected: KonanLabelCount) => string;
  notAnObject: string;
  targetInvalidJson: (detail: string) => string;
  targetUnsupported: string;
  predictionUuidRequired: string;
  predictionUuidDuplicate: (
    predictionUuid: string,
    firstAt: KonanLabelCount,
    format: FeedbackFileFormat,
  ) => string;
  targetRequired: string;
  skipInvalid: (invalid: KonanLabelCount) => string;
  submit: (rows: KonanLabelCount) => string;
  submitValid: (rows: KonanLabelCount) => string;
  /** After submitting only the valid rows: how many were sent, and how many were left out. */
  skippedRows: (sent: KonanLabelCount, skipped: KonanLabelCount) => string;
  submitBlocked: string;
  submitNothing: string;
  cancel: string;
  clear: string;
  uploadAnother: string;
  retry: string;
  errorTitle: string;
  /** The results table shown after submitting (its progress bar too); overrides of its defaults. */
  feedbackResultsTable: Partial<FeedbackResultsTableLabels>;
}

const rows = (count: KonanLabelCount) => `${count.text} ${count.value === 1 ? 'row' : 'rows'}`;

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
  fileSummary: (name, format, count) => `${name} · ${format} · ${rows(count)}`,
  format: { csv: 'CSV', json: 'JSON' },
  previewTitle: 'Preview',
  previewCaption: (shown, total) => `First ${shown.text} of ${total.text} rows`,
  columnAt: { csv: 'Line', json: 'Item' },
  columnUuid: 'prediction_uuid',
  columnTarget: 'target',
  columnCheck: 'Check',
  rowOk: 'OK',
  rowProblem: 'Problem',
  allValid: (count) =>
    count.value === 1 ? 'The row is valid.' : `All ${count.text} rows are valid.`,
  problemsTitle: (count) => `${count.text} ${count.value === 1 ? 'problem' : 'problems'} found`,
  validCount: (valid, total) => `${valid.text} of ${total.text} rows can be submitted.`,
  at: (format, at) => (format === 'csv' ? `Line ${at.text}` : `Item ${at.text}`),
  moreProblems: (hidden) =>
    `…and ${hidden.text} more ${hidden.value === 1 ? 'problem' : 'problems'}.`,
  emptyFile: 'The file is empty.',
  unreadable: (detail) => `The file could not be read: ${detail}`,
  tooLarge: (size, max) =>
    `The file is ${size.text}; the limit is ${max.text}. Split it into smaller files.`,
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
    `Has ${found.text} values where the header has ${expected.text}. Quote values that contain commas.`,
  notAnObject: 'The item is not an object with prediction_uuid and target.',
  targetInvalidJson: (detail) => `The target looks like JSON but cannot be read: ${detail}`,
  targetUnsupported: 'The target must be text or a JSON object, not a list.',
  predictionUuidRequired: 'The prediction_uuid is empty.',
  predictionUuidDuplicate: (uuid, firstAt, format) =>
    `Duplicate prediction_uuid ${uuid}: it is first on ${format === 'csv' ? 'line' : 'item'} ${firstAt.text}.`,
  targetRequired: 'The target is empty.',
  skipInvalid: (count) =>
    `Skip the ${count.text} ${count.value === 1 ? 'row' : 'rows'} with problems and submit the others`,
  submit: (count) => `Submit ${rows(count)}`,
  submitValid: (count) => `Submit ${count.text} valid ${count.value === 1 ? 'row' : 'rows'}`,
  skippedRows: (sent, skipped) =>
    `${rows(sent)} sent; ${rows(skipped)} with problems ${skipped.value === 1 ? 'was' : 'were'} skipped and not sent.`,
  submitBlocked: 'Fix the problems above, or skip the rows that have them, to submit.',
  submitNothing: 'Nothing in this file can be submitted.',
  cancel: 'Cancel',
  clear: 'Clear',
  uploadAnother: 'Upload another file',
  retry: 'Try again',
  errorTitle: 'The feedback could not be submitted',
  feedbackResultsTable: {},
};
