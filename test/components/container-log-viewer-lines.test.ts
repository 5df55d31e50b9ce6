import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnsiStyle, parseAnsiLine } from '../../src/components/container-log-viewer/ansi';
import { highlightSegments } from '../../src/components/container-log-viewer/highlight';
import {
  createLogLines,
  plainLogText,
  splitLogLines,
} from '../../src/components/container-log-viewer/log-lines';
import {
  firstMatchAtOrAfter,
  matchesOnLine,
  searchLogLines,
} from '../../src/components/container-log-viewer/search-log';

const E = '\u001b';

describe('splitLogLines', () => {
  it('splits on \\n and \\r\\n and ignores a final newline', () => {
    expect(splitLogLines('a\r\nb\nc\n')).toEqual(['a', 'b', 'c']);
    expect(splitLogLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLogLines('')).toEqual([]);
    expect(splitLogLines('\n')).toEqual(['']);
  });

  it('keeps the last rewrite of a \\r progress line', () => {
    expect(splitLogLines('Pulling 10%\rPulling 55%\rPulling 100%\ndone')).toEqual([
      'Pulling 100%',
      'done',
    ]);
    expect(splitLogLines('progress 50%\r\n')).toEqual(['progress 50%']);
    expect(splitLogLines('progress 50%\r')).toEqual(['progress 50%']);
  });

  it('keeps colours set by rewritten parts', () => {
    expect(splitLogLines(`${E}[32mstep 1\rstep 2${E}[0m`)).toEqual([`${E}[32mstep 2${E}[0m`]);
  });
});

/** Every line prepared in order, the straightforward way: what the lazy lines must equal. */
function preparedInOrder(text: string) {
  const plain: string[] = [];
  const startStyles: (AnsiStyle | undefined)[] = [];
  let carried: AnsiStyle | null = null;
  for (const line of splitLogLines(text)) {
    startStyles.push(carried ?? undefined);
    const parsed = parseAnsiLine(line, carried);
    plain.push(parsed.segments.map((segment) => segment.text).join(''));
    carried = parsed.endStyle;
  }
  return { plain, startStyles };
}

describe('createLogLines', () => {
  it('strips escapes for search and carries styles across lines', () => {
    const lines = createLogLines(`${E}[31mred\nstill red${E}[0m\nplain\n<b>x</b>`);
    expect(lines.allPlain()).toEqual(['red', 'still red', 'plain', '<b>x</b>']);
    expect(lines.startStyle(1)).toEqual({ fg: 1 });
    expect(lines.startStyle(2)).toBeUndefined();
    expect(plainLogText(lines)).toBe('red\nstill red\nplain\n<b>x</b>');
  });

  it('prepares only the lines up to the one asked for', () => {
    const log = Array.from({ length: 10_000 }, (_, i) => `${E}[3${i % 8}mline ${i}`).join('\n');
    const lines = createLogLines(log);
    expect(lines.raw).toHaveLength(10_000);
    expect(lines.plain(29)).toBe('line 29');
    expect(lines.startStyle(30)).toEqual({ fg: 5 });
    // One more batch of 256 lines leaves most of the 10,000 still to prepare.
    expect(lines.prepareFor(0)).toBe(false);
    expect(lines.allPlain()[9_999]).toBe('line 9999');
    expect(lines.prepareFor(0)).toBe(true);
  });

  it('finishes in steps: each call prepares some lines and reports when all are', () => {
    const log = Array.from({ length: 5_000 }, (_, i) => `${E}[1mline ${i}${E}[0m`).join('\n');
    const lines = createLogLines(log);
    let steps = 0;
    while (!lines.prepareFor(0)) steps++;
    // A zero budget still prepares one batch per call, so it ends, and not in one call.
    expect(steps).toBeGreaterThan(1);
    expect(lines.plain(4_999)).toBe('line 4999');
  });

  it('gives the same lines and styles whatever order they are asked for in', () => {
    const piece = fc.constantFrom(
      `${E}[31m`,
      `${E}[1;4m`,
      `${E}[0m`,
      `${E}[38;5;200m`,
      `${E}]0;title\u0007`,
      '\r',
      '\n',
      '\r\n',
      'text',
      ' ',
      'é',
    );
    const log = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(log, fc.array(fc.nat(), { maxLength: 12 }), (text, asks) => {
        const expected = preparedInOrder(text);
        const lines = createLogLines(text);
        const count = lines.raw.length;
        for (const ask of asks) {
          if (count === 0) break;
          const index = ask % count;
          expect(lines.startStyle(index)).toEqual(expected.startStyles[index]);
          expect(lines.plain(index)).toBe(expected.plain[index]);
        }
        lines.prepareFor(0);
        expect(lines.allPlain()).toEqual(expected.plain);
        for (let index = 0; index < count; index++) {
          expect(lines.startStyle(index)).toEqual(expected.startStyles[index]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what was prepared when the log grows after a line end, and parses only what is new', () => {
    const piece = fc.constantFrom(`${E}[32m`, `${E}[0m`, `${E}[1;4m`, 'text', '\r', '\n', ' ');
    const log = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(log, log, fc.nat(), (before, added, ask) => {
        const earlier = createLogLines(before);
        if (earlier.raw.length > 0) earlier.plain(ask % earlier.raw.length);
        const text = before + added;
        const expected = preparedInOrder(text);
        const lines = createLogLines(text, earlier);
        expect(lines.raw).toEqual(splitLogLines(text));
        expect(lines.allPlain()).toEqual(expected.plain);
        expect(lines.raw.map((_, index) => lines.startStyle(index))).toEqual(expected.startStyles);
        // The earlier lines are unchanged by the later ones.
        expect(earlier.allPlain()).toEqual(preparedInOrder(before).plain);
      }),
      { numRuns: 300 },
    );
  });

  it('parses only the new lines of a log that grew', () => {
    const line = (i: number) => `${E}[3${i % 8}mline ${i}${E}[0m\n`;
    const before = Array.from({ length: 1_000 }, (_, i) => line(i)).join('');
    const earlier = createLogLines(before);
    earlier.allPlain();
    const grown = createLogLines(`${before}${line(1_000)}${line(1_001)}`, earlier);
    // One batch of 256 lines would reach far past the two new ones if nothing had carried over.
    expect(grown.prepareFor(0)).toBe(true);
    expect(grown.plain(1_001)).toBe('line 1001');
    // A last line still being written may change, so a log that did not end a line starts afresh.
    const unfinished = createLogLines(before.slice(0, -1));
    unfinished.allPlain();
    expect(createLogLines(`${before}x`, unfinished).prepareFor(0)).toBe(false);
  });

  it('finds matches in a 150,000-line log', () => {
    const parts: string[] = [];
    for (let i = 0; i < 150_000; i++) {
      parts.push(i % 10 === 0 ? `${E}[33mWARN${E}[0m line ${i} padding text` : `INFO line ${i}`);
    }
    const lines = createLogLines(parts.join('\n'));
    const { matches } = searchLogLines(lines.allPlain(), 'warn');
    expect(lines.raw).toHaveLength(150_000);
    expect(matches).toHaveLength(15_000);
    expect(matches[1]).toEqual({ line: 10, start: 0, end: 4 });
  });
});

describe('searchLogLines', () => {
  const lines = ['Error: boom', 'ok', 'error error', 'İstanbul error'];

  it('finds every case-insensitive occurrence in order', () => {
    const { matches, truncated } = searchLogLines(lines, 'ERROR');
    expect(truncated).toBe(false);
    expect(matches).toEqual([
      { line: 0, start: 0, end: 5 },
      { line: 2, start: 0, end: 5 },
      { line: 2, start: 6, end: 11 },
      { line: 3, start: 9, end: 14 },
    ]);
  });

  it('treats the term literally and matches nothing when empty', () => {
    expect(searchLogLines(['a.b', 'axb'], '.').matches).toEqual([{ line: 0, start: 1, end: 2 }]);
    expect(searchLogLines(lines, '').matches).toEqual([]);
  });

  it('stops at the limit and says so', () => {
    const result = searchLogLines(['aaaa', 'aaaa'], 'a', 5);
    expect(result.matches).toHaveLength(5);
    expect(result.truncated).toBe(true);
  });

  it('finds matches by line', () => {
    const { matches } = searchLogLines(lines, 'error');
    expect(firstMatchAtOrAfter(matches, 1)).toBe(1);
    expect(firstMatchAtOrAfter(matches, 4)).toBe(-1);
    expect(matchesOnLine(matches, 2)).toEqual([1, 3]);
    expect(matchesOnLine(matches, 1)).toEqual([1, 1]);
  });
});

describe('highlightSegments', () => {
  it('cuts styled segments at match boundaries', () => {
    const pieces = highlightSegments(
      [
        { text: 'Error: ', style: { fg: 1 } },
        { text: 'boom boom', style: null },
      ],
      [
        { start: 5, end: 9, current: false },
        { start: 12, end: 16, current: true },
      ],
    );
    expect(pieces).toEqual([
      { text: 'Error', style: { fg: 1 }, mark: null },
      { text: ': ', style: { fg: 1 }, mark: 'match' },
      { text: 'bo', style: null, mark: 'match' },
      { text: 'om ', style: null, mark: null },
      { text: 'boom', style: null, mark: 'current' },
    ]);
  });
});
