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
    expect(stripAnsi(`${E}]unterminated title`)).toBe('');
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
