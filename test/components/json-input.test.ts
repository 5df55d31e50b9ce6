import { describe, expect, it } from 'vitest';
import { parseJsonInput, positionOf } from '../../src/components/prediction-playground/json-input';

const problemOf = (text: string) => {
  const result = parseJsonInput(text);
  if (result.ok) throw new Error(`expected a problem for ${text}`);
  return result.problem;
};

describe('parseJsonInput', () => {
  it('parses any JSON value', () => {
    expect(parseJsonInput('{"income": 52000, "tags": ["a"]}')).toEqual({
      ok: true,
      value: { income: 52000, tags: ['a'] },
    });
    expect(parseJsonInput(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseJsonInput('"text"')).toEqual({ ok: true, value: 'text' });
    expect(parseJsonInput('null')).toEqual({ ok: true, value: null });
  });

  it('calls blank input empty', () => {
    expect(problemOf('  \n ')).toEqual({ kind: 'empty' });
  });

  it('points at a trailing comma', () => {
    expect(problemOf('{\n  "a": 1,\n}')).toEqual({
      kind: 'syntax',
      expected: 'property-name',
      found: '}',
      offset: 12,
      line: 3,
      column: 1,
    });
  });

  it('points at single quotes and unquoted keys', () => {
    expect(problemOf("{'a': 1}")).toMatchObject({
      expected: 'property-name',
      found: "'",
      column: 2,
    });
    expect(problemOf('{a: 1}')).toMatchObject({ expected: 'property-name', found: 'a' });
    expect(problemOf('["x\', 1]')).toMatchObject({ expected: 'string-end', found: undefined });
  });

  it('points at a missing colon, comma or bracket', () => {
    expect(problemOf('{"a" 1}')).toMatchObject({ expected: 'colon', column: 6 });
    expect(problemOf('{"a": 1 "b": 2}')).toMatchObject({ expected: 'comma-or-object-end' });
    expect(problemOf('[1 2]')).toMatchObject({ expected: 'comma-or-array-end', column: 4 });
    expect(problemOf('{"a": [1, 2}')).toMatchObject({ expected: 'comma-or-array-end', found: '}' });
    expect(problemOf('{"a": 1')).toMatchObject({
      expected: 'comma-or-object-end',
      found: undefined,
    });
  });

  it('rejects what JSON does not allow in values', () => {
    expect(problemOf('{"a": undefined}')).toMatchObject({ expected: 'value', found: 'u' });
    expect(problemOf('{"a": tru}')).toMatchObject({ expected: 'value', found: '}' });
    expect(problemOf('[01]')).toMatchObject({ expected: 'comma-or-array-end', found: '1' });
    expect(problemOf('[1.]')).toMatchObject({ expected: 'digit', found: ']' });
    expect(problemOf('[-]')).toMatchObject({ expected: 'digit' });
    expect(problemOf('["a\\x"]')).toMatchObject({ expected: 'escape', found: 'x' });
    expect(problemOf('["\\u12g4"]')).toMatchObject({ expected: 'escape', found: 'g' });
    expect(problemOf('"line\nbreak"')).toMatchObject({ expected: 'string-end', found: '\n' });
  });

  it('rejects content after the value', () => {
    expect(problemOf('{"a": 1} x')).toMatchObject({ expected: 'end', found: 'x', column: 10 });
    expect(problemOf('{}{}')).toMatchObject({ expected: 'end', offset: 2 });
  });
});

describe('positionOf', () => {
  it('counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
