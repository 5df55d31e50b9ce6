import { describe, expect, it } from 'vitest';
import {
  csvCell,
  feedbackRowsToCsv,
} from '../../src/components/feedback-results-table/feedback-csv';
import { parseCsv } from '../../src/components/feedback-uploader/parse-csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('3f2a-01')).toBe('3f2a-01');
    expect(csvCell(201)).toBe('201');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('keeps spreadsheet formulas as text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
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
      'prediction_uuid,outcome,status,message\r\n' +
        'p-1,accepted,201,Feedback recorded.\r\n' +
        'p-2,rejected,404,"Not found, ""p-2"""\r\n' +
        `p-3,not_sent,,"'=cmd|x\nsecond line"\r\n`,
    );
    expect(parseCsv(csv).map((record) => record.fields)).toEqual([
      ['prediction_uuid', 'outcome', 'status', 'message'],
      ['p-1', 'accepted', '201', 'Feedback recorded.'],
      ['p-2', 'rejected', '404', 'Not found, "p-2"'],
      ['p-3', 'not_sent', '', "'=cmd|x\nsecond line"],
    ]);
  });
});
