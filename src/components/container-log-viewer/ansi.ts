/**
 * A small, safe parser for the ANSI escape codes containers write to their logs.
 * SGR sequences (`ESC [ … m`) become styles on plain-text segments; every other escape or control
 * sequence (cursor moves, screen clears, OSC titles and hyperlinks, DCS…, in their 7-bit and 8-bit
 * C1 forms) is dropped, and so are bidi controls, which could show a line reordered. A control
 * string (OSC, DCS, SOS, PM, APC) is dropped with its payload only when it is terminated (BEL, ST or
 * `ESC \`) on the line: otherwise only its introducer goes, so no log text is hidden. Linear in the
 * length of the line. The output is only ever rendered as React text, never as HTML.
 */

/** One of the 16 terminal colours: 0-7 normal, 8-15 bright. */
export type AnsiColor = number;

export interface AnsiStyle {
  fg?: AnsiColor;
  bg?: AnsiColor;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  inverse?: boolean;
}

export interface AnsiSegment {
  text: string;
  /** `null` for the terminal's default style. */
  style: AnsiStyle | null;
}

export interface ParsedAnsiLine {
  segments: AnsiSegment[];
  /** The style in effect after the line, which a terminal carries to the next one. */
  endStyle: AnsiStyle | null;
}

const ESC = '\u001b';
const CSI_C1 = '\u009b';

/**
 * Whether a string may hold anything the parser would change: escapes, control characters and
 * bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
 */
const SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function hasAnsi(text: string): boolean {
  return SPECIAL.test(text);
}

const isEmpty = (style: AnsiStyle): boolean => {
  for (const key in style) {
    if (style[key as keyof AnsiStyle] !== undefined) return false;
  }
  return true;
};

/** Map an xterm 256-colour index to the nearest of the 16 base colours. */
export function nearest16FromIndex(index: number): AnsiColor | undefined {
  if (!Number.isInteger(index) || index < 0 || index > 255) return undefined;
  if (index < 16) return index;
  if (index >= 232) {
    const level = 8 + (index - 232) * 10;
    return greyToBase(level);
  }
  const cube = index - 16;
  const steps = [0, 95, 135, 175, 215, 255];
  const r = steps[Math.floor(cube / 36)] ?? 0;
  const g = steps[Math.floor(cube / 6) % 6] ?? 0;
  const b = steps[cube % 6] ?? 0;
  return nearest16FromRgb(r, g, b);
}

function greyToBase(level: number): AnsiColor {
  if (level < 64) return 0;
  if (level < 160) return 8;
  if (level < 224) return 7;
  return 15;
}

/** Map a truecolor value to the nearest of the 16 base colours (by hue family and brightness). */
export function nearest16FromRgb(r: number, g: number, b: number): AnsiColor | undefined {
  if (![r, g, b].every((v) => Number.isInteger(v) && v >= 0 && v <= 255)) return undefined;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 40) return greyToBase((r + g + b) / 3);
  const threshold = max / 2;
  const bits = (r > threshold ? 1 : 0) | (g > threshold ? 2 : 0) | (b > threshold ? 4 : 0);
  return bits + (max > 200 ? 8 : 0);
}

/** Apply the parameters of one SGR sequence to a style; unknown parameters are ignored. */
export function applySgr(style: AnsiStyle, params: readonly number[]): AnsiStyle {
  let next: AnsiStyle = { ...style };
  const codes = params.length === 0 ? [0] : params;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 7) next.inverse = true;
    else if (code === 9) next.strike = true;
    else if (code === 21 || code === 22) {
      next.bold = undefined;
      next.dim = undefined;
    } else if (code === 23) next.italic = undefined;
    else if (code === 24) next.underline = undefined;
    else if (code === 27) next.inverse = undefined;
    else if (code === 29) next.strike = undefined;
    else if (code >= 30 && code <= 37) next.fg = code - 30;
    else if (code === 39) next.fg = undefined;
    else if (code >= 40 && code <= 47) next.bg = code - 40;
    else if (code === 49) next.bg = undefined;
    else if (code >= 90 && code <= 97) next.fg = code - 90 + 8;
    else if (code >= 100 && code <= 107) next.bg = code - 100 + 8;
    else if (code === 38 || code === 48 || code === 58) {
      // Extended colours: 38;5;n (256 colours) or 38;2;r;g;b (truecolor), mapped to the palette;
      // 58 (underline colour) is read past and ignored.
      const mode = codes[i + 1];
      let color: AnsiColor | undefined;
      if (mode === 5) {
        color = nearest16FromIndex(codes[i + 2] ?? -1);
        i += 2;
      } else if (mode === 2) {
        color = nearest16FromRgb(codes[i + 2] ?? -1, codes[i + 3] ?? -1, codes[i + 4] ?? -1);
        i += 4;
      } else {
        // Malformed: skip the rest of the sequence rather than misread its numbers.
        break;
      }
      if (code === 38) next.fg = color;
      else if (code === 48) next.bg = color;
    }
  }
  return next;
}

/**
 * The numbers of an SGR sequence's parameters (`1;31` → [1, 31], an empty one is 0), or `null`
 * for a private sequence (`ESC [ ? 25 l`). Read by hand, without a regular expression or split:
 * a coloured 10 MB log has hundreds of thousands of these.
 */
function parseParams(line: string, from: number, to: number): number[] | null {
  const params: number[] = [];
  if (from === to) return params;
  let value = 0;
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
    else if (c === 0x3b || c === 0x3a) {
      params.push(value);
      value = 0;
    } else return null;
  }
  params.push(value);
  return params;
}

const inRange = (code: number, from: number, to: number): boolean => code >= from && code <= to;

const isBidiControl = (code: number): boolean =>
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  inRange(code, 0x202a, 0x202e) ||
  inRange(code, 0x2066, 0x2069);

/** C0 controls other than tab, DEL, C1 controls and bidi controls (ESC and C1 CSI come first). */
const isDropped = (code: number): boolean =>
  (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f) || isBidiControl(code);

/** The 8-bit introducers of control strings: DCS, SOS, OSC, PM, APC. */
const isC1StringStart = (code: number): boolean =>
  code === 0x90 || code === 0x98 || code === 0x9d || code === 0x9e || code === 0x9f;

/**
 * Index just after the terminator (BEL, ST or ESC \) of a control string whose payload starts at
 * `from`, or -1 when the line ends first or another escape, C1 control, CAN or SUB cuts it short.
 * Stopping at the next escape keeps the parser linear: a payload is read at most twice.
 */
function stringTerminatorEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x07 || code === 0x9c) return i + 1;
    if (code === 0x1b) return text[i + 1] === '\\' ? i + 2 : -1;
    if (inRange(code, 0x80, 0x9f) || code === 0x18 || code === 0x1a) return -1;
  }
  return -1;
}

/** Where parsing goes on after a control string introduced by `introducerLength` characters at `at`. */
function afterControlString(text: string, at: number, introducerLength: number): number {
  const end = stringTerminatorEnd(text, at + introducerLength);
  return end === -1 ? at + introducerLength : end;
}

/**
 * Parse one line into styled segments. `startStyle` is the style carried from the previous line.
 * Adjacent text with the same style is kept in one segment.
 */
export function parseAnsiLine(line: string, startStyle: AnsiStyle | null = null): ParsedAnsiLine {
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = startStyle ? { ...startStyle } : {};
  let text = '';
  const flush = () => {
    if (text === '') return;
    segments.push({ text, style: isEmpty(style) ? null : style });
    text = '';
  };
  const setStyle = (next: AnsiStyle) => {
    flush();
    style = next;
  };

  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === ESC || ch === CSI_C1) {
      const isCsi = ch === CSI_C1 || line[i + 1] === '[';
      if (isCsi) {
        let j = i + (ch === CSI_C1 ? 1 : 2);
        const paramStart = j;
        while (j < line.length && inRange(line.charCodeAt(j), 0x30, 0x3f)) j++;
        const paramEnd = j;
        while (j < line.length && inRange(line.charCodeAt(j), 0x20, 0x2f)) j++;
        const final = line[j];
        if (final === undefined || !inRange(final.charCodeAt(0), 0x40, 0x7e)) {
          // Truncated or malformed: drop what was read of it.
          i = j;
          continue;
        }
        if (final === 'm' && paramEnd === j) {
          const params = parseParams(line, paramStart, paramEnd);
          if (params) setStyle(applySgr(style, params));
        }
        i = j + 1;
        continue;
      }
      const kind = line[i + 1];
      if (kind === ']' || kind === 'P' || kind === '^' || kind === '_' || kind === 'X') {
        // OSC (titles, hyperlinks), DCS, PM, APC, SOS: drop up to the string terminator.
        i = afterControlString(line, i, 2);
        continue;
      }
      // Two- or three-character escapes (ESC c, ESC 7, ESC ( B…).
      let j = i + 1;
      while (j < line.length && inRange(line.charCodeAt(j), 0x20, 0x2f)) j++;
      i = Math.min(j + 1, line.length);
      continue;
    }
    if (isC1StringStart(code)) {
      i = afterControlString(line, i, 1);
      continue;
    }
    if (isDropped(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length) {
      const c = line.charCodeAt(j);
      if (isDropped(c)) break;
      j++;
    }
    text += line.slice(i, j);
    i = j;
  }
  flush();
  return { segments, endStyle: isEmpty(style) ? null : style };
}

/** The text of a line without any escape or control sequence. */
export function stripAnsi(line: string): string {
  if (!hasAnsi(line)) return line;
  let out = '';
  for (const segment of parseAnsiLine(line).segments) out += segment.text;
  return out;
}
