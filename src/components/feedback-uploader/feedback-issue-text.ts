import type { KonanFormatters } from '../shared/format.js';
import { type KonanLabelCount, labelCount } from '../shared/labels.js';
import type { FeedbackUploaderLabels } from './feedback-uploader-labels.js';
import type { FeedbackFileFormat, FeedbackFileIssue } from './parse-feedback-file.js';

/** A file size: its bytes, and its text in kB or MB (1 kB = 1,024 bytes, as file managers count). */
const fileSize = (format: KonanFormatters, bytes: number): KonanLabelCount => ({
  value: bytes,
  text:
    bytes < 1024 * 1024
      ? format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })
      : format.number(bytes / (1024 * 1024), {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        }),
});

/** Where a problem is ("Line 4", "Item 2"), or `null` for the whole file. */
export function issuePlace(
  issue: FeedbackFileIssue,
  fileFormat: FeedbackFileFormat,
  labels: FeedbackUploaderLabels,
  format: KonanFormatters,
): string | null {
  return 'at' in issue ? labels.at(fileFormat, labelCount(issue.at, format.number)) : null;
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
      return labels.fieldCount(
        labelCount(issue.found, format.number),
        labelCount(issue.expected, format.number),
      );
    case 'not-an-object':
      return labels.notAnObject;
    case 'invalid-json-target':
      return labels.targetInvalidJson(issue.detail);
    case 'unsupported-target':
      return labels.targetUnsupported;
    case 'missing-uuid':
      return labels.predictionUuidRequired;
    case 'duplicate':
      return labels.predictionUuidDuplicate(
        issue.predictionUuid,
        labelCount(issue.firstAt, format.number),
        fileFormat,
      );
    case 'empty-target':
      return labels.targetRequired;
  }
}
