/** Every text FeedbackResultsTable shows. Counts come as numbers and as locale-formatted text. */
export interface FeedbackResultsTableLabels {
  title: string;
  summary: string;
  accepted: string;
  rejected: string;
  notSent: string;
  total: string;
  all: string;
  share: (formattedPercent: string) => string;
  filterGroup: string;
  search: string;
  searchHint: string;
  table: string;
  keyboardHint: string;
  /** Before the whole text of a shortened message, shown while its cell has keyboard focus. */
  fullMessage: string;
  columnUuid: string;
  columnOutcome: string;
  columnStatus: string;
  columnMessage: string;
  noStatus: string;
  noMessage: string;
  shown: (shown: number, total: number, formattedShown: string, formattedTotal: string) => string;
  nothingSubmitted: string;
  nothingSubmittedHint: string;
  noMatch: string;
  noMatchHint: string;
  clearFilters: string;
  exportCsv: string;
  exportFileName: string;
  retryNotSent: (count: number, formatted: string) => string;
  retrying: string;
  allAccepted: string;
  notSentExplanation: (count: number, formatted: string) => string;
  submitting: string;
  progress: (formattedDone: string, formattedTotal: string) => string;
  progressCounts: (accepted: string, rejected: string, notSent: string) => string;
  errorTitle: string;
}

const items = (count: number, formatted: string) =>
  `${formatted} ${count === 1 ? 'item' : 'items'}`;

export const defaultFeedbackResultsTableLabels: FeedbackResultsTableLabels = {
  title: 'Feedback results',
  summary: 'Summary',
  accepted: 'Accepted',
  rejected: 'Rejected',
  notSent: 'Not sent',
  total: 'Total',
  all: 'All',
  share: (percent) => `${percent} of total`,
  filterGroup: 'Show outcome',
  search: 'Search by prediction UUID',
  searchHint: 'Any part of the UUID, upper or lower case.',
  table: 'Feedback items',
  keyboardHint:
    'Scroll with the arrow keys, Page Up, Page Down, Home and End. Tab to a shortened message to read it whole.',
  fullMessage: 'Full message:',
  columnUuid: 'Prediction UUID',
  columnOutcome: 'Outcome',
  columnStatus: 'Status',
  columnMessage: 'Message',
  noStatus: 'none',
  noMessage: 'No message',
  shown: (shown, total, formattedShown, formattedTotal) =>
    shown === total
      ? `Showing all ${items(total, formattedTotal)}`
      : `Showing ${formattedShown} of ${items(total, formattedTotal)}`,
  nothingSubmitted: 'Nothing submitted yet',
  nothingSubmittedHint: 'Submit feedback to see how Konan received each item.',
  noMatch: 'No items match',
  noMatchHint: 'Try another outcome or search.',
  clearFilters: 'Clear filters',
  exportCsv: 'Export CSV',
  exportFileName: 'konan-feedback-results.csv',
  retryNotSent: (count, formatted) => `Retry ${items(count, formatted)} not sent`,
  retrying: 'Retrying…',
  allAccepted: 'Every item was accepted.',
  notSentExplanation: (count, formatted) =>
    `${items(count, formatted)} never got an answer from Konan (network failure, server error or cancelled). ${count === 1 ? 'It was' : 'They were'} not recorded and can be sent again.`,
  submitting: 'Submitting feedback…',
  progress: (done, total) => `${done} of ${total} items answered`,
  progressCounts: (accepted, rejected, notSent) =>
    `${accepted} accepted · ${rejected} rejected · ${notSent} not sent`,
  errorTitle: 'The feedback could not be submitted',
};
