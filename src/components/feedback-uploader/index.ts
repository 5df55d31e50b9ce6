export {
  ConnectedFeedbackUploader,
  type ConnectedFeedbackUploaderProps,
} from './connected-feedback-uploader';
export { FeedbackUploader, type FeedbackUploaderProps } from './feedback-uploader';
export {
  defaultFeedbackUploaderLabels,
  type FeedbackUploaderLabels,
} from './feedback-uploader-labels';
export { type CsvProblem, type CsvRecord, detectDelimiter, parseCsv } from './parse-csv';
export {
  DEFAULT_MAX_BYTES,
  detectFeedbackFormat,
  type FeedbackFileFormat,
  type FeedbackFileIssue,
  type FeedbackFileIssueKind,
  type FeedbackFileRow,
  type ParsedFeedbackFile,
  parseFeedbackFile,
} from './parse-feedback-file';
