export {
  ConnectedFeedbackUploader,
  type ConnectedFeedbackUploaderProps,
} from './connected-feedback-uploader.js';
export { FeedbackUploader, type FeedbackUploaderProps } from './feedback-uploader.js';
export {
  defaultFeedbackUploaderLabels,
  type FeedbackUploaderLabels,
} from './feedback-uploader-labels.js';
export { type CsvProblem, type CsvRecord, detectDelimiter, parseCsv } from './parse-csv.js';
export {
  DEFAULT_MAX_BYTES,
  detectFeedbackFormat,
  type FeedbackFileFormat,
  type FeedbackFileIssue,
  type FeedbackFileIssueKind,
  type FeedbackFileRow,
  type ParsedFeedbackFile,
  parseFeedbackFile,
} from './parse-feedback-file.js';
