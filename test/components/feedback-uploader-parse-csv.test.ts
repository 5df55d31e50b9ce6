import fc from 'fast-check';
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

  it('reports an unclosed quote at its line, and goes on reading with the next line', () => {
    const records = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(records).toHaveLength(4);
    expect(records[2]).toEqual({
      line: 3,
      fields: ['3', 'never closed'],
      problem: 'unclosed-quote',
    });
    expect(records[3]).toEqual({ line: 4, fields: ['4', '5'] });
  });

  it('does not let a stray quote pair up with the quote of a later row', () => {
    const records = parseCsv('a,b\n1,"open\n2,x\n3,"quoted"\n4,y\n');
    expect(records.map((r) => [r.line, r.fields, r.problem])).toEqual([
      [1, ['a', 'b'], undefined],
      [2, ['1', 'open'], 'unclosed-quote'],
      [3, ['2', 'x'], undefined],
      [4, ['3', 'quoted'], undefined],
      [5, ['4', 'y'], undefined],
    ]);
  });

  it('keeps a quoted value over several lines when it is closed', () => {
    expect(fields('a,"one\ntwo",b\nc,d')).toEqual([
      ['a', 'one\ntwo', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads a file of unclosed quotes in linear time (every line read once)', () => {
    const lines = 200_000;
    const records = parseCsv('x,"open\n'.repeat(lines));
    expect(records).toHaveLength(lines);
    expect(records.at(-1)).toMatchObject({ line: lines, problem: 'unclosed-quote' });
  });

  it('reads one record per line, whatever quote is left open on one of them (property)', () => {
    const plain = fc.stringMatching(/^[a-z0-9 ]{0,8}$/);
    const row = fc.array(plain, { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (rows, pick, delimiter, eol) => {
          const broken = pick % rows.length;
          const lines = rows.map((cells, index) => {
            const line = cells.map((cell) => `"${cell}"`).join(delimiter);
            // The last quote of the broken row goes missing.
            return index === broken ? line.slice(0, -1) : line;
          });
          const records = parseCsv(lines.join(eol), delimiter);
          expect(records).toHaveLength(rows.length);
          records.forEach((record, index) => {
            expect(record.line).toBe(index + 1);
            if (index === broken) expect(record.problem).toBe('unclosed-quote');
            else expect(record).toEqual({ line: index + 1, fields: rows[index] });
          });
        },
      ),
    );
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
