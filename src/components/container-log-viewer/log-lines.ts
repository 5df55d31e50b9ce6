import { type AnsiStyle, hasAnsi, parseAnsiLine } from './ansi.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: SGR sequences start with ESC.
const SGR = /\u001b\[[0-9;:]*m/g;

/**
 * Split a log into display lines. `\n` and `\r\n` end a line; a lone `\r` returns to the
 * start of the line, as progress bars use it, so only the last non-empty rewrite is kept (with the
 * colours set by the rewrites before it). A final newline does not add an empty line.
 */
export function splitLogLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.includes('\r')) lines[i] = collapseCarriageReturns(line);
  }
  return lines;
}

function collapseCarriageReturns(line: string): string {
  const parts = line.split('\r');
  let kept = parts.length - 1;
  while (kept > 0 && parts[kept] === '') kept--;
  let colours = '';
  for (let i = 0; i < kept; i++) {
    const dropped = parts[i] as string;
    if (dropped.includes('\u001b')) colours += (dropped.match(SGR) ?? []).join('');
  }
  return colours + (parts[kept] as string);
}

/**
 * A log split into lines, with each line's plain text and the style it starts with worked out on
 * first use. Those depend on every line before (a colour set on one line carries to the next), so
 * lines are prepared in order, up to the last one asked for: the first screen of a 10 MB log
 * needs only its first few dozen lines, and `useLogLines` prepares the rest in the background.
 * Every answer is the same whenever it is asked, so reading it while rendering is safe.
 */
export interface LogLines {
  /** Lines as written, escapes kept, for rendering with colours. */
  readonly raw: readonly string[];
  /** Line `index` without escapes or control characters (what search and copy see). */
  plain(index: number): string;
  /** The style line `index` starts with when an earlier line left one in effect. */
  startStyle(index: number): AnsiStyle | undefined;
  /** Every line's plain text (prepares the lines not yet prepared). */
  allPlain(): readonly string[];
  /** Prepares lines for about `ms` milliseconds; returns whether every line is now prepared. */
  prepareFor(ms: number): boolean;
}

/** Lines prepared between two looks at the clock in `prepareFor`. */
const BATCH = 256;

/** Splits a log into lines now; the rest of the work waits until a line is asked for. */
export function createLogLines(text: string): LogLines {
  const raw = splitLogLines(text);
  const plain = new Array<string>(raw.length);
  const startStyles = new Map<number, AnsiStyle>();
  let next = 0;
  let carried: AnsiStyle | null = null;

  const prepareThrough = (last: number) => {
    for (; next <= last && next < raw.length; next++) {
      const line = raw[next] as string;
      if (carried) startStyles.set(next, carried);
      if (!hasAnsi(line)) {
        plain[next] = line;
        continue;
      }
      const parsed = parseAnsiLine(line, carried);
      let out = '';
      for (const segment of parsed.segments) out += segment.text;
      plain[next] = out;
      carried = parsed.endStyle;
    }
  };

  return {
    raw,
    plain(index) {
      prepareThrough(index);
      return plain[index] as string;
    },
    startStyle(index) {
      prepareThrough(index);
      return startStyles.get(index);
    },
    allPlain() {
      prepareThrough(raw.length - 1);
      return plain;
    },
    prepareFor(ms) {
      const until = performance.now() + ms;
      while (next < raw.length) {
        prepareThrough(next + BATCH - 1);
        if (performance.now() >= until) break;
      }
      return next >= raw.length;
    },
  };
}

/** The whole log as plain text (what "Copy" puts on the clipboard). */
export function plainLogText(lines: LogLines): string {
  return lines.allPlain().join('\n');
}
