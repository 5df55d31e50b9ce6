import type { KonanJson } from '../../client/data-types.js';

/** What the parser wanted where it stopped. */
export type JsonExpectation =
  | 'value'
  | 'property-name'
  | 'colon'
  | 'comma-or-object-end'
  | 'comma-or-array-end'
  | 'string-end'
  | 'escape'
  | 'digit'
  | 'end';

export interface JsonSyntaxProblem {
  kind: 'syntax';
  expected: JsonExpectation;
  /** The character found instead, or `undefined` at the end of the input. */
  found: string | undefined;
  /** 0-based offset into the text, and its 1-based line and column. */
  offset: number;
  line: number;
  column: number;
}

export type JsonInputProblem = { kind: 'empty' } | JsonSyntaxProblem;

export type JsonInputResult =
  | { ok: true; value: KonanJson }
  | { ok: false; problem: JsonInputProblem };

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: JsonExpectation,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Walks the JSON grammar (RFC 8259) only to find where the text stops being JSON: engines word
 * and place `JSON.parse` errors differently, this gives the same answer in every browser.
 */
function findSyntaxError(text: string): Stop | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) throw new Stop(i, 'value');
      i++;
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Stop(i, 'string-end');
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') throw new Stop(i, 'string-end'); // a raw line break or control character
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!isHex(text[i + k])) throw new Stop(i + k, 'escape');
          i += 5;
        } else if (e !== undefined && ESCAPES.has(e)) {
          i++;
        } else {
          throw new Stop(i, 'escape');
        }
        continue;
      }
      i++;
    }
  };
  const digits = () => {
    if (!isDigit(text[i])) throw new Stop(i, 'digit');
    while (isDigit(text[i])) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || isDigit(c)) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else throw new Stop(i, 'value');
  };
  /** The items of an object or array up to `close`, after its opening bracket. */
  const items = (close: '}' | ']', expected: JsonExpectation, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      throw new Stop(i, expected);
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') throw new Stop(i, 'property-name');
    string();
    ws();
    if (text[i] !== ':') throw new Stop(i, 'colon');
    i++;
    value();
  };
  const object = () => items('}', 'comma-or-object-end', member);
  const array = () => items(']', 'comma-or-array-end', value);
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, 'end');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error;
    throw error;
  }
}

/** Parse what a user typed as JSON; a problem says what was expected, where. */
export function parseJsonInput(text: string): JsonInputResult {
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(text) as KonanJson };
  } catch {
    const stop = findSyntaxError(text) ?? new Stop(0, 'value');
    const found = text[stop.offset];
    return {
      ok: false,
      problem: {
        kind: 'syntax',
        expected: stop.expected,
        found,
        offset: stop.offset,
        ...positionOf(text, stop.offset),
      },
    };
  }
}
