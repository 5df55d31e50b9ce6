import type { KonanLabelCount } from '../shared/labels.js';

/** Every text the log viewer shows. Counts come as `KonanLabelCount`s (value and locale text). */
export interface ContainerLogViewerLabels {
  /** The accessible name of the scrollable log. */
  region: string;
  lineCount: (lines: KonanLabelCount) => string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  /** "3 of 12"; `capped` when the search stopped at its limit (there are more than `total`). */
  matchPosition: (current: KonanLabelCount, total: KonanLabelCount, capped: boolean) => string;
  noMatchTitle: string;
  previousMatch: string;
  nextMatch: string;
  followLabel: string;
  copy: string;
  copyDone: string;
  copyFailed: string;
  download: string;
  downloadFileName: string;
  emptyTitle: string;
  /** After a line cut for display. */
  lineCut: (hiddenCharacters: KonanLabelCount) => string;
}

export const defaultContainerLogViewerLabels: ContainerLogViewerLabels = {
  region: 'Container logs',
  lineCount: (lines) => (lines.value === 1 ? '1 line' : `${lines.text} lines`),
  searchLabel: 'Search the logs',
  searchPlaceholder: 'Search the logs',
  searchHint: 'Enter goes to the next match, Shift+Enter to the previous one.',
  matchPosition: (current, total, capped) => `${current.text} of ${total.text}${capped ? '+' : ''}`,
  noMatchTitle: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  followLabel: 'Follow the end',
  copy: 'Copy',
  copyDone: 'Logs copied to the clipboard.',
  copyFailed:
    'Copying is not available in this browser. Download the logs, or select the text and copy it.',
  download: 'Download',
  downloadFileName: 'container-logs.txt',
  emptyTitle: 'The container wrote no logs.',
  lineCut: (hidden) => `… ${hidden.text} more characters. Copy or download the logs to read them.`,
};
