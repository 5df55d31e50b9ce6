import { describe, expect, it } from 'vitest';
import { extractSnippets, splitGiven } from './snippets';

const fence = '```';

describe('extractSnippets', () => {
  it('reads a fragment marker with givens, even one spanning lines, and its README lines', () => {
    const readme = [
      '# Title',
      '<!-- snippet: fragment, given:',
      '  send: (items: string[]) => void; total: { done: number; all: number } -->',
      `${fence}tsx`,
      'send([]);',
      fence,
    ].join('\n');
    const { snippets, problems } = extractSnippets(readme);
    expect(problems).toEqual([]);
    expect(snippets).toMatchObject([
      {
        kind: 'fragment',
        lang: 'tsx',
        given: ['send: (items: string[]) => void', 'total: { done: number; all: number }'],
        markerLine: 2,
        fenceLine: 4,
        firstLine: 5,
        lines: ['send([]);'],
      },
    ]);
  });

  it('takes only ts and tsx blocks, without their list indentation', () => {
    const readme = [
      `${fence}sh`,
      'npm test',
      fence,
      '- item',
      `  ${fence}ts`,
      '  const a = 1;',
      `  ${fence}`,
    ].join('\n');
    const { snippets } = extractSnippets(readme);
    expect(snippets.map((s) => [s.kind, s.lines])).toEqual([['module', ['const a = 1;']]]);
  });

  it('refuses a skip without a reason and a marker that is not right before a block', () => {
    const readme = [
      '<!-- snippet: skip -->',
      `${fence}ts`,
      'x',
      fence,
      '',
      '<!-- snippet: run -->',
      'text',
    ].join('\n');
    const { problems } = extractSnippets(readme);
    expect(problems.map((p) => p.line)).toEqual([1, 6]);
    expect(problems[0]?.message).toMatch(/says why/);
    expect(problems[1]?.message).toMatch(/not right before a code block/);
  });
});

describe('splitGiven', () => {
  it('splits on semicolons outside brackets, arrows included', () => {
    expect(splitGiven('f: (a: number) => void; g: Map<string, { x: 1; y: 2 }>')).toEqual([
      'f: (a: number) => void',
      'g: Map<string, { x: 1; y: 2 }>',
    ]);
  });
});
