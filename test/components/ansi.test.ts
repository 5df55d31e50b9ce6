import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySgr,
  hasAnsi,
  nearest16FromIndex,
  nearest16FromRgb,
  parseAnsiLine,
  stripAnsi,
} from '../../src/components/container-log-viewer/ansi';

const E = '\u001b';

describe('parseAnsiLine', () => {
  it('keeps plain text as one unstyled segment', () => {
    expect(parseAnsiLine('hello world')).toEqual({
      segments: [{ text: 'hello world', style: null }],
      endStyle: null,
    });
  });

  it('reads foreground, background, bright colours and bold', () => {
    const { segments } = parseAnsiLine(`${E}[31mred${E}[0m ${E}[1;92;44mbold${E}[m`);
    expect(segments).toEqual([
      { text: 'red', style: { fg: 1 } },
      { text: ' ', style: null },
      { text: 'bold', style: { bold: true, fg: 10, bg: 4 } },
    ]);
  });

  it('resets with 0, an empty SGR and the specific off codes', () => {
    expect(parseAnsiLine(`${E}[1;3;4mA${E}[22;23;24mB`).segments).toEqual([
      { text: 'A', style: { bold: true, italic: true, underline: true } },
      { text: 'B', style: null },
    ]);
    expect(parseAnsiLine(`${E}[31mA${E}[39mB`).segments[1]).toEqual({ text: 'B', style: null });
  });

  it('carries the style across lines', () => {
    const first = parseAnsiLine(`${E}[33mwarning starts`);
    expect(first.endStyle).toEqual({ fg: 3 });
    const second = parseAnsiLine(`continues${E}[0m done`, first.endStyle);
    expect(second.segments).toEqual([
      { text: 'continues', style: { fg: 3 } },
      { text: ' done', style: null },
    ]);
    expect(second.endStyle).toBeNull();
  });

  it('tolerates 256-colour and truecolor codes by mapping them to the palette', () => {
    const { segments } = parseAnsiLine(`${E}[38;5;196mA${E}[48;2;0;0;255mB${E}[38;5;244mC`);
    expect(segments[0]).toEqual({ text: 'A', style: { fg: 9 } });
    expect(segments[1]?.style?.bg).toBe(12);
    expect(segments[2]?.style?.fg).toBe(8);
  });

  it('survives malformed extended colours', () => {
    expect(stripAnsi(`${E}[38;5mA${E}[38;2;1mB${E}[38;9;1mC${E}[38mD`)).toBe('ABCD');
    expect(parseAnsiLine(`${E}[38;5;999mX`).segments).toEqual([{ text: 'X', style: null }]);
  });

  it('strips cursor moves, clears, private modes, OSC titles and hyperlinks', () => {
    const line =
      `${E}[2J${E}[H${E}[?25l${E}[3A${E}[10;20H` +
      `${E}]0;title${E}\\` +
      `${E}]8;;https://evil.example${E}\\link${E}]8;;\u0007` +
      `${E}7${E}8${E}(B${E}c text`;
    expect(stripAnsi(line)).toBe('link text');
  });

  it('strips DCS/APC strings, C1 CSI, control characters and truncated escapes', () => {
    expect(stripAnsi(`a${E}Pq#0;2;0;0;0${E}\\b`)).toBe('ab');
    expect(stripAnsi(`a${E}_hidden${E}\\b`)).toBe('ab');
    expect(stripAnsi('a\u009b31mb')).toBe('ab');
    expect(stripAnsi('a\u0000b\u0007c\u0008d\u007fe')).toBe('abcde');
    expect(stripAnsi(`tab\tkept`)).toBe('tab\tkept');
    expect(stripAnsi(`end${E}[31`)).toBe('end');
    expect(stripAnsi(`end${E}`)).toBe('end');
  });

  it('strips 8-bit C1 strings (OSC, DCS, SOS, PM, APC) with their payload', () => {
    expect(stripAnsi('a\u009d0;title\u0007b')).toBe('ab');
    expect(stripAnsi('a\u009d8;;https://evil.example\u009clink\u009d8;;\u009c b')).toBe('alink b');
    expect(stripAnsi(`a\u009d0;title${E}\\b`)).toBe('ab');
    for (const start of ['\u0090', '\u0098', '\u009e', '\u009f']) {
      expect(stripAnsi(`a${start}hidden payload\u009cb`)).toBe('ab');
    }
  });

  it('shows the rest of the line after a string sequence that is never terminated', () => {
    expect(stripAnsi(`${E}]unterminated title`)).toBe('unterminated title');
    expect(stripAnsi(`ready ${E}]0;title, then the log goes on`)).toBe(
      'ready 0;title, then the log goes on',
    );
    expect(stripAnsi('ready \u009d0;title, then the log goes on')).toBe(
      'ready 0;title, then the log goes on',
    );
    // Interrupted by another escape: its text stays, the next sequence still applies.
    expect(parseAnsiLine(`${E}]0;title ${E}[31mred`).segments).toEqual([
      { text: '0;title ', style: null },
      { text: 'red', style: { fg: 1 } },
    ]);
  });

  it('strips bidi controls, so a log line cannot be shown reordered', () => {
    const bidi = [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
    ];
    for (const control of bidi) {
      expect(hasAnsi(`a${control}b`)).toBe(true);
      expect(stripAnsi(`access ${control}denied${control} ok`)).toBe('access denied ok');
    }
    expect(parseAnsiLine(`${E}[31muser \u202eresu\u202c`).segments).toEqual([
      { text: 'user resu', style: { fg: 1 } },
    ]);
  });

  it('reads 2 MB escape sequences and 200,000 unterminated ones in one pass', () => {
    const params = `${E}[${'1;'.repeat(1_000_000)}31mred`;
    expect(parseAnsiLine(params).segments).toEqual([{ text: 'red', style: { fg: 1, bold: true } }]);
    const title = `${E}]0;${'t'.repeat(2_000_000)}\u0007after`;
    expect(stripAnsi(title)).toBe('after');
    // Each of these would scan to the end of the line if an unterminated OSC ran to the line end.
    expect(stripAnsi(`${`${E}]x`.repeat(200_000)}tail`)).toBe(`${'x'.repeat(200_000)}tail`);
    expect(stripAnsi(`${'\u009dy'.repeat(200_000)}tail`)).toBe(`${'y'.repeat(200_000)}tail`);
  });
  it('keeps markup as text', () => {
    const html = `<script>alert(1)</script><img src=x onerror=alert(1)>`;
    expect(parseAnsiLine(`${E}[31m${html}${E}[0m`).segments).toEqual([
      { text: html, style: { fg: 1 } },
    ]);
  });

  it('keeps the start style when a line only resets', () => {
    expect(parseAnsiLine(`${E}[0m`, { fg: 2 })).toEqual({ segments: [], endStyle: null });
  });
});

describe('helpers', () => {
  it('hasAnsi detects escapes and control characters only', () => {
    expect(hasAnsi('plain\ttext é ✓')).toBe(false);
    expect(hasAnsi(`${E}[0m`)).toBe(true);
    expect(hasAnsi('a\u0000')).toBe(true);
  });

  it('maps colours to the 16-colour palette', () => {
    expect(nearest16FromIndex(3)).toBe(3);
    expect(nearest16FromIndex(16)).toBe(0);
    expect(nearest16FromIndex(231)).toBe(15);
    expect(nearest16FromIndex(256)).toBeUndefined();
    expect(nearest16FromRgb(255, 0, 0)).toBe(9);
    expect(nearest16FromRgb(0, 128, 0)).toBe(2);
    expect(nearest16FromRgb(128, 128, 128)).toBe(8);
    expect(nearest16FromRgb(300, 0, 0)).toBeUndefined();
  });

  it('applySgr with no parameters resets', () => {
    expect(applySgr({ fg: 1, bold: true }, [])).toEqual({});
    expect(applySgr({}, [7, 9, 2])).toEqual({ inverse: true, strike: true, dim: true });
    expect(applySgr({}, [58, 5, 1])).toEqual({});
  });
});

/** ESC, every C0 and C1 control but tab, DEL and every bidi control. */
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('parseAnsiLine (property)', () => {
  const pieces = fc.constantFrom(
    E,
    '[',
    ']',
    'P',
    '_',
    '\\',
    ';',
    '1',
    '31',
    'm',
    'H',
    ' ',
    'a',
    'é',
    '\u0007',
    '\u0018',
    '\u009b',
    '\u009c',
    '\u009d',
    '\u0090',
    '\u009f',
    '\u202e',
    '\u2066',
    '\t',
  );
  const terminalLine = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  it('shows no escape, control or bidi character, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(terminalLine, fc.string({ unit: 'binary' })), (line) => {
        for (const segment of parseAnsiLine(line).segments) {
          expect(segment.text).not.toMatch(HIDDEN);
          expect(segment.text).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps text without escapes or controls as it is', () => {
    const plain = fc.string({ unit: 'binary' }).filter((line) => !HIDDEN.test(line));
    fc.assert(
      fc.property(plain, (line) => {
        expect(stripAnsi(line)).toBe(line);
      }),
    );
  });
});

describe('SGR parameters', () => {
  /** How the parser read them before it scanned by hand: a regular expression and a split. */
  const splitParams = (raw: string): number[] | null => {
    if (raw !== '' && !/^[0-9;:]*$/.test(raw)) return null;
    if (raw === '') return [];
    return raw.split(/[;:]/).map((part) => (part === '' ? 0 : Number.parseInt(part, 10)));
  };

  it('reads any parameter string as the split did: same style, private sequences ignored', () => {
    const raw = fc.string({ unit: fc.constantFrom(...'0123456789;:;?<'), maxLength: 24 });
    fc.assert(
      fc.property(raw, (params) => {
        const parsed = parseAnsiLine(`${E}[1m${E}[${params}mx`);
        const expected = splitParams(params);
        const style = expected ? applySgr({ bold: true }, expected) : { bold: true };
        const empty = Object.values(style).every((value) => value === undefined);
        expect(parsed.segments).toEqual([{ text: 'x', style: empty ? null : style }]);
      }),
      { numRuns: 2_000 },
    );
  });
});
