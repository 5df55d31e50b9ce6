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
 * is returned with its `problem`, and parsing goes on with the next line.
 */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const length = text.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;

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

  while (i < length) {
    const record: CsvRecord = { line, fields: [] };
    let quotedAny = false;
    for (;;) {
      // One field.
      if (text[i] === '"') {
        quotedAny = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            countLines(from, length);
            i = length;
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
        record.fields.push(value);
        if (record.problem || i >= length) break;
        if (text[i] === delimiter) {
          i++;
          if (i >= length) {
            record.fields.push('');
            break;
          }
          continue;
        }
        if (skipLineEnd()) break;
        record.problem = 'text-after-quote';
        skipToLineEnd();
        break;
      } else {
        let end = i;
        while (end < length) {
          const char = text[end];
          if (char === delimiter || char === '\n' || char === '\r') break;
          end++;
        }
        record.fields.push(text.slice(i, end));
        i = end;
        if (text[i] === delimiter) {
          i++;
          if (i >= length) {
            record.fields.push('');
            break;
          }
          continue;
        }
        skipLineEnd();
        break;
      }
    }
    const blank = !quotedAny && record.fields.length === 1 && record.fields[0] === '';
    if (!blank) records.push(record);
  }
  return records;
}
