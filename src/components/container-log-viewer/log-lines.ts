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

export interface LogLines {
  /** Lines as written, escapes kept, for rendering with colours. */
  raw: readonly string[];
  /** Lines without escapes or control characters, for search and copy. */
  plain: readonly string[];
  /** The style a line starts with when an earlier line left one in effect (sparse). */
  startStyles: ReadonlyMap<number, AnsiStyle>;
}

/** Split once and pre-compute what search and rendering need. Lines without escapes are shared. */
export function prepareLogLines(text: string): LogLines {
  const raw = splitLogLines(text);
  const plain = new Array<string>(raw.length);
  const startStyles = new Map<number, AnsiStyle>();
  let carried: AnsiStyle | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    if (carried) startStyles.set(i, carried);
    if (!hasAnsi(line)) {
      plain[i] = line;
      continue;
    }
    const parsed = parseAnsiLine(line, carried);
    let out = '';
    for (const segment of parsed.segments) out += segment.text;
    plain[i] = out;
    carried = parsed.endStyle;
  }
  return { raw, plain, startStyles };
}

/** The whole log as plain text (what "Copy" puts on the clipboard). */
export function plainLogText(lines: LogLines): string {
  return lines.plain.join('\n');
}
