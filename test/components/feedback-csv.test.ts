import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvTable,
  FORMULA_LEADS,
  feedbackRowsToCsv,
} from '../../src/components/feedback-results-table/feedback-csv';
import { parseCsv } from '../../src/components/feedback-uploader/parse-csv';

const DELIMITERS = [',', ';', '\t'] as const;
const LEADS = ['=', '+', '-', '@', '\t', '\r'];

/** What a cell reads back as: the text, with `'` in front when it starts with a formula lead. */
const neutralised = (text: string) =>
  LEADS.some((lead) => text.startsWith(lead)) ? `'${text}` : text;

/**
 * The first character of every field, for a reader that honours quotes and splits on `,`, `;`
 * or tab (all at once: a field can start after any of them outside quotes, or after a line end).
 */
function fieldLeads(csv: string): string[] {
  const leads: string[] = [];
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i] as string;
    if (atStart) {
      leads.push(char === '"' && !quoted ? (csv[i + 1] ?? '') : char);
      atStart = false;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && ',;\t\r\n'.includes(char)) atStart = true;
  }
  return leads;
}

describe('csvCell', () => {
  it('writes numbers as they are and null as an empty cell', () => {
    expect(csvCell(201)).toBe('201');
    expect(csvCell(null)).toBe('');
  });

  it('quotes every text cell, doubling quotes', () => {
    expect(csvCell('3f2a-01')).toBe('"3f2a-01"');
    expect(csvCell('')).toBe('""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('keeps spreadsheet formulas as text', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+33 1')).toBe(`"'+33 1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('keeps a formula after a semicolon or tab inside one field, for any reader', () => {
    for (const text of ['bad target;=1+1', 'bad target\t=1+1', 'bad target,=1+1']) {
      for (const delimiter of DELIMITERS) {
        const [record] = parseCsv(`${csvCell(text)}\r\n`, delimiter);
        expect(record?.fields).toEqual([text]);
      }
    }
  });
});

describe('csvTable (property)', () => {
  const table = fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
    maxLength: 8,
  });

  it('reads back every table of strings cell for cell, leads neutralised, with each delimiter', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), (rows, delimiter) => {
        const parsed = parseCsv(csvTable(rows, delimiter), delimiter);
        expect(parsed.every((record) => record.problem === undefined)).toBe(true);
        expect(parsed.map((record) => record.fields)).toEqual(
          rows.map((row) => row.map(neutralised)),
        );
      }),
    );
  });

  it('starts no field with a formula lead, whatever delimiter the reader splits on', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), (rows, delimiter) => {
        const leads = fieldLeads(csvTable(rows, delimiter));
        for (const lead of leads) expect(FORMULA_LEADS.has(lead)).toBe(false);
      }),
    );
    // The scan itself finds a formula where one would run.
    expect(fieldLeads('"a";=1+1\r\n')).toContain('=');
  });
});

describe('feedbackRowsToCsv', () => {
  it('writes a header and one CRLF line per row, which a CSV parser reads back', () => {
    const csv = feedbackRowsToCsv([
      {
        id: 0,
        predictionUuid: 'p-1',
        outcome: 'accepted',
        status: 201,
        message: 'Feedback recorded.',
      },
      {
        id: 1,
        predictionUuid: 'p-2',
        outcome: 'rejected',
        status: 404,
        message: 'Not found, "p-2"',
      },
      {
        id: 2,
        predictionUuid: 'p-3',
        outcome: 'notSent',
        status: null,
        message: '=cmd|x\nsecond line',
      },
    ]);
    expect(csv).toBe(
      '"prediction_uuid","outcome","status","message"\r\n' +
        '"p-1","accepted",201,"Feedback recorded."\r\n' +
        '"p-2","rejected",404,"Not found, ""p-2"""\r\n' +
        `"p-3","not_sent",,"'=cmd|x\nsecond line"\r\n`,
    );
    expect(parseCsv(csv).map((record) => record.fields)).toEqual([
      ['prediction_uuid', 'outcome', 'status', 'message'],
      ['p-1', 'accepted', '201', 'Feedback recorded.'],
      ['p-2', 'rejected', '404', 'Not found, "p-2"'],
      ['p-3', 'not_sent', '', "'=cmd|x\nsecond line"],
    ]);
  });
});
