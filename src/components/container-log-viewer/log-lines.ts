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

interface Prepared {
  text: string;
  raw: string[];
  plain: string[];
  startStyles: (AnsiStyle | undefined)[];
  /** Lines before this one are prepared. */
  next: number;
  /** The style the line `next` starts with. */
  carried: AnsiStyle | null;
}

const preparedOf = new WeakMap<LogLines, Prepared>();

/**
 * What `previous` already prepared of `text`, when `text` is the same log with more written after
 * a line end (a log that grows): its lines, plain texts and styles carry over, and only the new
 * lines are split and parsed. Anything else starts afresh.
 */
function carriedOver(text: string, previous: LogLines | undefined): Prepared {
  const before = previous && preparedOf.get(previous);
  if (!before?.text.endsWith('\n') || !text.startsWith(before.text)) {
    return { text, raw: splitLogLines(text), plain: [], startStyles: [], next: 0, carried: null };
  }
  return {
    ...before,
    text,
    raw: before.raw.concat(splitLogLines(text.slice(before.text.length))),
    plain: before.plain.slice(0, before.next),
    startStyles: before.startStyles.slice(0, before.next),
  };
}

/**
 * Splits a log into lines now; the rest of the work waits until a line is asked for. Given the
 * lines of the log before it grew (`previous`), keeps what they had prepared.
 */
export function createLogLines(text: string, previous?: LogLines): LogLines {
  const state = carriedOver(text, previous);
  const { raw, plain, startStyles } = state;

  const prepareThrough = (last: number) => {
    let { next: at, carried } = state;
    for (; at <= last && at < raw.length; at++) {
      const line = raw[at] as string;
      if (carried) startStyles[at] = carried;
      if (!hasAnsi(line)) {
        plain[at] = line;
        continue;
      }
      const parsed = parseAnsiLine(line, carried);
      let out = '';
      for (const segment of parsed.segments) out += segment.text;
      plain[at] = out;
      carried = parsed.endStyle;
    }
    state.next = at;
    state.carried = carried;
  };

  const lines: LogLines = {
    raw,
    plain(index) {
      prepareThrough(index);
      return plain[index] as string;
    },
    startStyle(index) {
      prepareThrough(index);
      return startStyles[index];
    },
    allPlain() {
      prepareThrough(raw.length - 1);
      return plain;
    },
    prepareFor(ms) {
      const until = performance.now() + ms;
      while (state.next < raw.length) {
        prepareThrough(state.next + BATCH - 1);
        if (performance.now() >= until) break;
      }
      return state.next >= raw.length;
    },
  };
  preparedOf.set(lines, state);
  return lines;
}

/** The whole log as plain text (what "Copy" puts on the clipboard). */
export function plainLogText(lines: LogLines): string {
  return lines.allPlain().join('\n');
}
