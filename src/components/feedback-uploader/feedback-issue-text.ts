import type { KonanFormatters } from '../shared/index.js';
import type { FeedbackUploaderLabels } from './feedback-uploader-labels.js';
import type { FeedbackFileFormat, FeedbackFileIssue } from './parse-feedback-file.js';

/** A file size in kB or MB (1 kB = 1,024 bytes, as file managers count). */
const fileSize = (format: KonanFormatters, bytes: number) =>
  bytes < 1024 * 1024
    ? format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })
    : format.number(bytes / (1024 * 1024), {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      });

/** Where a problem is ("Line 4", "Item 2"), or `null` for the whole file. */
export function issuePlace(
  issue: FeedbackFileIssue,
  fileFormat: FeedbackFileFormat,
  labels: FeedbackUploaderLabels,
  format: KonanFormatters,
): string | null {
  return 'at' in issue ? labels.at(fileFormat, format.number(issue.at)) : null;
}

/** What is wrong, in the user's words. */
export function issueText(
  issue: FeedbackFileIssue,
  fileFormat: FeedbackFileFormat,
  labels: FeedbackUploaderLabels,
  format: KonanFormatters,
): string {
  switch (issue.kind) {
    case 'empty-file':
      return labels.emptyFile;
    case 'unreadable':
      return labels.unreadable(issue.detail);
    case 'too-large':
      return labels.tooLarge(fileSize(format, issue.bytes), fileSize(format, issue.maxBytes));
    case 'invalid-json':
      return labels.invalidJson(issue.detail);
    case 'not-a-list':
      return labels.notAList;
    case 'missing-columns':
      return labels.missingColumns(issue.columns);
    case 'no-rows':
      return labels.noRows;
    case 'unclosed-quote':
      return labels.unclosedQuote;
    case 'text-after-quote':
      return labels.textAfterQuote;
    case 'field-count':
      return labels.fieldCount(issue.found, issue.expected);
    case 'not-an-object':
      return labels.notAnObject;
    case 'invalid-json-target':
      return labels.invalidJsonTarget(issue.detail);
    case 'unsupported-target':
      return labels.unsupportedTarget;
    case 'missing-uuid':
      return labels.missingUuid;
    case 'duplicate':
      return labels.duplicate(issue.predictionUuid, format.number(issue.firstAt), fileFormat);
    case 'empty-target':
      return labels.emptyTarget;
  }
}
