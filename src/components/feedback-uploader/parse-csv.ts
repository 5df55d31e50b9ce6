/** Why a CSV record could not be read. */
export type CsvProblem = 'unclosed-quote' | 'text-after-quote';

/** One record (row) of a CSV text, with the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
  problem?: CsvProblem;
}

/**
 * The delimiter of a CSV text, guessed from its first line: the most frequent of comma,
 * semicolon and tab outside quotes (comma when none appears).
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) {
    if (count > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/**
 * Parses CSV (RFC 4180): quoted fields with `""` escapes, delimiters and line breaks inside
 * quotes, CRLF, LF or CR line ends, a leading byte order mark. Blank lines are skipped. A quote
 * inside an unquoted field is kept as text (so `{"a":1}` survives unquoted). A malformed record
 * is returned with its `problem`, and parsing goes on with the next line:
 * - a quote never closed, or closed on a later line but followed by text (most likely a stray
 *   quote that paired up with the quote of a later row), is `unclosed-quote`; the record ends
 *   with the line that quote opened on, so no later row is swallowed;
 * - text after a quote closed on its own line is `text-after-quote`.
 * An unclosed quote costs one scan of the rest of the text, not one per line that follows.
 */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const length = text.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  /** No quote at or after this index (so an unclosed quote costs one scan, not one per line). */
  let noQuoteFrom = length;

  /** Moves past a line end at `i` (CRLF, LF or CR); returns whether there was one. */
  const skipLineEnd = (): boolean => {
    const code = text.charCodeAt(i);
    if (code === 13) {
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else if (code === 10) {
      i += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };
  /** Skips the rest of a broken record, up to and including the next line end. */
  const skipToLineEnd = () => {
    while (i < length && !skipLineEnd()) i++;
  };
  const countLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (code === 10 || (code === 13 && text.charCodeAt(k + 1) !== 10)) line++;
    }
  };
  const nextQuote = (from: number): number => {
    if (from >= noQuoteFrom) return -1;
    const at = text.indexOf('"', from);
    if (at === -1) noQuoteFrom = from;
    return at;
  };
  /**
   * Ends a record at the line end after the quote opened at `open` (on line `openLine`): the
   * rest of that line is the field's value, and reading goes on with the next line.
   */
  const cutAtLineOf = (open: number, openLine: number): string => {
    let end = open + 1;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    i = end;
    line = openLine;
    skipLineEnd();
    return text.slice(open + 1, end);
  };

  while (i < length) {
    const record: CsvRecord = { line, fields: [] };
    let quotedAny = false;
    for (;;) {
      // One field.
      if (text[i] === '"') {
        quotedAny = true;
        const open = i;
        const openLine = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = nextQuote(from);
          if (close === -1) {
            value = cutAtLineOf(open, openLine);
            record.problem = 'unclosed-quote';
            break;
          }
          value += text.slice(from, close);
          countLines(from, close);
          if (text[close + 1] === '"') {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        if (!record.problem && !(i >= length || text[i] === delimiter) && line !== openLine) {
          // Closed on a later line and followed by text: the quote was never meant to close there.
          const atLineEnd = text[i] === '\n' || text[i] === '\r';
          if (!atLineEnd) {
            value = cutAtLineOf(open, openLine);
            record.problem = 'unclosed-quote';
          }
        }
        record.fields.push(value);
        if (record.problem || i >= length) break;
        if (text[i] !== delimiter) {
          if (!skipLineEnd()) {
            record.problem = 'text-after-quote';
            skipToLineEnd();
          }
          break;
        }
      } else {
        let end = i;
        while (end < length) {
          const char = text[end];
          if (char === delimiter || char === '\n' || char === '\r') break;
          end++;
        }
        record.fields.push(text.slice(i, end));
        i = end;
        if (text[i] !== delimiter) {
          skipLineEnd();
          break;
        }
      }
      // A delimiter: another field follows, empty if the text ends here.
      i++;
      if (i >= length) {
        record.fields.push('');
        break;
      }
    }
    const blank = !quotedAny && record.fields.length === 1 && record.fields[0] === '';
    if (!blank) records.push(record);
  }
  return records;
}
