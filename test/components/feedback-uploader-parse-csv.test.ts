import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/components/feedback-uploader/parse-csv';

const fields = (text: string, delimiter?: string) =>
  parseCsv(text, delimiter).map((record) => record.fields);

describe('parseCsv', () => {
  it('reads plain records with LF, CRLF and CR line ends', () => {
    expect(fields('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(fields('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('strips a byte order mark', () => {
    expect(fields('\uFEFFprediction_uuid,target\nx,y')[0]).toEqual(['prediction_uuid', 'target']);
  });

  it('reads quoted fields with escaped quotes, delimiters and line breaks', () => {
    const records = parseCsv('id,target\n1,"{""label"": ""cat, dog""}"\n2,"two\r\nlines"\n3,x\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'target'],
      ['1', '{"label": "cat, dog"}'],
      ['2', 'two\r\nlines'],
      ['3', 'x'],
    ]);
    // Line numbers are physical lines: the record after a multi-line field starts on line 5.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('keeps empty fields, trailing delimiters and quoted empty strings', () => {
    expect(fields('a,,c\n,\n"",x\nlast,')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['', 'x'],
      ['last', ''],
    ]);
  });

  it('skips blank lines but counts them', () => {
    const records = parseCsv('a,b\n\n\r\n1,2\n\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [4, ['1', '2']],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(fields('x,{"label":"cat"}')).toEqual([['x', '{"label":"cat"}']]);
  });

  it('reports text after a closing quote and goes on with the next line', () => {
    const records = parseCsv('a,"b"c,d\n1,2');
    expect(records[0]).toMatchObject({ line: 1, problem: 'text-after-quote' });
    expect(records[1]).toEqual({ line: 2, fields: ['1', '2'] });
  });

  it('reports an unclosed quote at the line where the record starts', () => {
    const records = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ line: 3, problem: 'unclosed-quote' });
  });

  it('reads other delimiters', () => {
    expect(fields('a;b\n"1;2";3', ';')).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
    expect(fields('a\tb\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads an empty text as no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\n\n')).toEqual([]);
  });

  it('parses 20,000 records with their line numbers', () => {
    const text = `prediction_uuid,target\n${Array.from({ length: 20_000 }, (_, i) => `uuid-${i},"{""n"": ${i}}"`).join('\n')}`;
    const records = parseCsv(text);
    expect(records).toHaveLength(20_001);
    expect(records[20_000]).toEqual({ line: 20_001, fields: ['uuid-19999', '{"n": 19999}'] });
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent delimiter of the header line, outside quotes', () => {
    expect(detectDelimiter('prediction_uuid,target\n')).toBe(',');
    expect(detectDelimiter('prediction_uuid;target\na,b,c,d')).toBe(';');
    expect(detectDelimiter('prediction_uuid\ttarget')).toBe('\t');
    expect(detectDelimiter('"a;b;c",target')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});
