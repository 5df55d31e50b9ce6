import { describe, expect, it } from 'vitest';
import {
  detectFeedbackFormat,
  parseFeedbackFile,
  tooLargeFeedbackFile,
} from '../../src/components/feedback-uploader/parse-feedback-file';

const csv = (...lines: string[]) => parseFeedbackFile(lines.join('\r\n'), 'csv');

describe('parseFeedbackFile: CSV', () => {
  it('reads text targets and JSON object targets', () => {
    const parsed = csv(
      '\uFEFFprediction_uuid,target',
      'p-1,approved',
      'p-2,"{""label"": ""rejected"", ""score"": 0.2}"',
      'p-3,  spaced  ',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.blocked).toBe(false);
    expect(parsed.valid).toEqual([
      { predictionUuid: 'p-1', target: 'approved' },
      { predictionUuid: 'p-2', target: { label: 'rejected', score: 0.2 } },
      { predictionUuid: 'p-3', target: 'spaced' },
    ]);
    expect(parsed.rows.map((row) => row.at)).toEqual([2, 3, 4]);
  });

  it('finds the columns by name, in any order and case, with extra columns', () => {
    const parsed = csv('note, Target ,PREDICTION_UUID', 'hello,cat,p-1');
    expect(parsed.valid).toEqual([{ predictionUuid: 'p-1', target: 'cat' }]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(csv('prediction_uuid;target', 'p-1;cat').valid).toHaveLength(1);
    expect(csv('prediction_uuid\ttarget', 'p-1\tcat').valid).toHaveLength(1);
  });

  it('blocks a file without the required columns', () => {
    const parsed = csv('uuid,label', 'p-1,cat');
    expect(parsed.blocked).toBe(true);
    expect(parsed.issues).toEqual([
      { kind: 'missing-columns', columns: ['prediction_uuid', 'target'] },
    ]);
    expect(csv('prediction_uuid', 'p-1').issues).toEqual([
      { kind: 'missing-columns', columns: ['target'] },
    ]);
  });

  it('blocks an empty file and a header without rows', () => {
    expect(parseFeedbackFile('', 'csv').issues).toEqual([{ kind: 'empty-file' }]);
    expect(parseFeedbackFile('\uFEFF \n\n', 'csv').issues).toEqual([{ kind: 'empty-file' }]);
    expect(csv('prediction_uuid,target', '').issues).toEqual([{ kind: 'no-rows' }]);
  });

  it('reports duplicates, empty targets and unreadable rows with their line numbers', () => {
    const parsed = csv(
      'prediction_uuid,target', // 1
      'p-1,cat', // 2
      'p-2,', // 3
      'p-1,dog', // 4
      '"p-3"x,cat', // 5
      'p-4,"multi', // 6
      'line",', // 7
      'p-5,{"a":1,"b":2}', // 8: unquoted JSON with commas
      ',cat', // 9
      'p-6,{not json}', // 10
      'p-7,"[1,2]"', // 11
      'p-8,fine', // 12
      'p-9,"never closed', // 13
    );
    expect(parsed.blocked).toBe(false);
    expect(parsed.issues).toEqual([
      { kind: 'empty-target', at: 3 },
      { kind: 'duplicate', at: 4, predictionUuid: 'p-1', firstAt: 2 },
      { kind: 'text-after-quote', at: 5 },
      { kind: 'field-count', at: 6, found: 3, expected: 2 },
      { kind: 'text-after-quote', at: 8 },
      { kind: 'missing-uuid', at: 9 },
      { kind: 'invalid-json-target', at: 10, detail: expect.any(String) },
      { kind: 'unsupported-target', at: 11 },
      { kind: 'unclosed-quote', at: 13 },
    ]);
    expect(parsed.valid).toEqual([
      { predictionUuid: 'p-1', target: 'cat' },
      { predictionUuid: 'p-8', target: 'fine' },
    ]);
    expect(parsed.rows).toHaveLength(11);
  });

  it('reads every row after a row with an unclosed quote, and counts them all', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      i === 4 ? `p-${i + 1},"great product` : `p-${i + 1},"{""label"": ""ok""}"`,
    );
    const parsed = csv('prediction_uuid,target', ...rows);
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.valid).toHaveLength(9);
    expect(parsed.issues).toEqual([{ kind: 'unclosed-quote', at: 6 }]);
    expect(parsed.valid.at(-1)).toEqual({ predictionUuid: 'p-10', target: { label: 'ok' } });
  });

  it('keeps a multi-line quoted target and counts lines after it', () => {
    const parsed = csv('prediction_uuid,target', 'p-1,"two', 'lines"', 'p-2,x', 'p-2,y');
    expect(parsed.valid[0]).toEqual({ predictionUuid: 'p-1', target: 'two\r\nlines' });
    expect(parsed.issues).toEqual([
      { kind: 'duplicate', at: 5, predictionUuid: 'p-2', firstAt: 4 },
    ]);
  });
});

describe('parseFeedbackFile: JSON', () => {
  it('reads an array of items, and {feedback: [...]}', () => {
    const items = [
      { prediction_uuid: 'p-1', target: { label: 'cat' } },
      { prediction_uuid: 'p-2', target: 'dog' },
      { predictionUuid: 'p-3', target: 4.5 },
    ];
    const expected = [
      { predictionUuid: 'p-1', target: { label: 'cat' } },
      { predictionUuid: 'p-2', target: 'dog' },
      { predictionUuid: 'p-3', target: '4.5' },
    ];
    expect(parseFeedbackFile(JSON.stringify(items), 'json').valid).toEqual(expected);
    expect(parseFeedbackFile(JSON.stringify({ feedback: items }), 'json').valid).toEqual(expected);
  });

  it('reports item problems by position', () => {
    const parsed = parseFeedbackFile(
      JSON.stringify([
        { prediction_uuid: 'p-1', target: 'a' },
        'not an object',
        { prediction_uuid: 'p-1', target: 'b' },
        { prediction_uuid: 'p-2' },
        { prediction_uuid: 'p-3', target: [1, 2] },
        { target: 'c' },
        { prediction_uuid: 'p-4', target: {} },
      ]),
      'json',
    );
    expect(parsed.issues).toEqual([
      { kind: 'not-an-object', at: 2 },
      { kind: 'duplicate', at: 3, predictionUuid: 'p-1', firstAt: 1 },
      { kind: 'empty-target', at: 4 },
      { kind: 'unsupported-target', at: 5 },
      { kind: 'missing-uuid', at: 6 },
      { kind: 'empty-target', at: 7 },
    ]);
    expect(parsed.valid).toHaveLength(1);
  });

  it('blocks invalid JSON and a body that is not a list', () => {
    const invalid = parseFeedbackFile('[{"prediction_uuid": "p-1",', 'json');
    expect(invalid.blocked).toBe(true);
    expect(invalid.issues[0]).toMatchObject({ kind: 'invalid-json' });
    expect(parseFeedbackFile('{"items": []}', 'json').issues).toEqual([{ kind: 'not-a-list' }]);
    expect(parseFeedbackFile('[]', 'json').issues).toEqual([{ kind: 'no-rows' }]);
  });
});

describe('detectFeedbackFormat and size', () => {
  it('uses the name, then the type, then the first character', () => {
    expect(detectFeedbackFormat('a.JSON', '', 'x')).toBe('json');
    expect(detectFeedbackFormat('a.csv', 'application/json', '[')).toBe('csv');
    expect(detectFeedbackFormat('data', 'application/json', 'x')).toBe('json');
    expect(detectFeedbackFormat('pasted', '', '\uFEFF  [{"a":1}]')).toBe('json');
    expect(detectFeedbackFormat('pasted', '', 'prediction_uuid,target')).toBe('csv');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(tooLargeFeedbackFile('csv', 30, 20)).toEqual({
      format: 'csv',
      rows: [],
      valid: [],
      issues: [{ kind: 'too-large', bytes: 30, maxBytes: 20 }],
      blocked: true,
    });
  });
});
