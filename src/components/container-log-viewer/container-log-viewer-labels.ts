/** Every text the log viewer shows. Counts come as numbers (for plurals) and formatted strings. */
export interface ContainerLogViewerLabels {
  /** The accessible name of the scrollable log. */
  region: string;
  lineCount: (count: number, formatted: string) => string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  /** "3 of 12"; `total` already ends with "+" when the search stopped at its limit. */
  matchPosition: (current: string, total: string) => string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  follow: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  downloadFileName: string;
  empty: string;
  /** After a line cut for display. */
  lineCut: (hiddenCharacters: string) => string;
}

export const defaultContainerLogViewerLabels: ContainerLogViewerLabels = {
  region: 'Container logs',
  lineCount: (count, formatted) => (count === 1 ? '1 line' : `${formatted} lines`),
  searchLabel: 'Search the logs',
  searchPlaceholder: 'Search the logs',
  searchHint: 'Enter goes to the next match, Shift+Enter to the previous one.',
  matchPosition: (current, total) => `${current} of ${total}`,
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  follow: 'Follow the end',
  copy: 'Copy',
  copied: 'Logs copied to the clipboard.',
  copyFailed:
    'Copying is not available in this browser. Download the logs, or select the text and copy it.',
  download: 'Download',
  downloadFileName: 'container-logs.txt',
  empty: 'The container wrote no logs.',
  lineCut: (hidden) => `… ${hidden} more characters. Copy or download the logs to read them.`,
};
