import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/components/container-log-viewer/highlight';
import {
  plainLogText,
  prepareLogLines,
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

describe('prepareLogLines', () => {
  it('strips escapes for search and carries styles across lines', () => {
    const lines = prepareLogLines(`${E}[31mred\nstill red${E}[0m\nplain\n<b>x</b>`);
    expect(lines.plain).toEqual(['red', 'still red', 'plain', '<b>x</b>']);
    expect(lines.startStyles.get(1)).toEqual({ fg: 1 });
    expect(lines.startStyles.has(2)).toBe(false);
    expect(plainLogText(lines)).toBe('red\nstill red\nplain\n<b>x</b>');
  });

  it('handles a 150,000-line log quickly', () => {
    const parts: string[] = [];
    for (let i = 0; i < 150_000; i++) {
      parts.push(i % 10 === 0 ? `${E}[33mWARN${E}[0m line ${i} padding text` : `INFO line ${i}`);
    }
    const started = performance.now();
    const lines = prepareLogLines(parts.join('\n'));
    const { matches } = searchLogLines(lines.plain, 'warn');
    const elapsed = performance.now() - started;
    expect(lines.raw).toHaveLength(150_000);
    expect(matches).toHaveLength(15_000);
    // A loose bound: the suite shares busy CI machines.
    expect(elapsed).toBeLessThan(5_000);
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
