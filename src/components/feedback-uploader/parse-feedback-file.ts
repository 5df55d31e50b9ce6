import type { KonanFeedbackSubmission, KonanJson } from '../../client/data-types.js';
import { detectDelimiter, parseCsv } from './parse-csv.js';

export type FeedbackFileFormat = 'csv' | 'json';

/**
 * A problem found in a feedback file. `at` is the line number of a CSV row (where the row
 * starts) or the 1-based position of a JSON item. File-level problems have no `at` and block
 * the whole file.
 */
export type FeedbackFileIssue =
  | { kind: 'empty-file' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'invalid-json'; detail: string }
  | { kind: 'not-a-list' }
  | { kind: 'missing-columns'; columns: string[] }
  | { kind: 'no-rows' }
  | { kind: 'unclosed-quote'; at: number }
  | { kind: 'text-after-quote'; at: number }
  | { kind: 'field-count'; at: number; found: number; expected: number }
  | { kind: 'not-an-object'; at: number }
  | { kind: 'invalid-json-target'; at: number; detail: string }
  | { kind: 'unsupported-target'; at: number }
  | { kind: 'missing-uuid'; at: number }
  | { kind: 'duplicate'; at: number; predictionUuid: string; firstAt: number }
  | { kind: 'empty-target'; at: number };

export type FeedbackFileIssueKind = FeedbackFileIssue['kind'];

/** A row of the file as read: its position, its values, and whether it can be submitted. */
export interface FeedbackFileRow {
  at: number;
  predictionUuid: string;
  /** The target as the file gives it, for the preview. */
  targetText: string;
  submission: KonanFeedbackSubmission | null;
}

export interface ParsedFeedbackFile {
  format: FeedbackFileFormat;
  /** Every data row (header and blank lines excluded). */
  rows: FeedbackFileRow[];
  /** The rows that can be submitted, in file order. */
  valid: KonanFeedbackSubmission[];
  issues: FeedbackFileIssue[];
  /** A file-level problem: nothing in the file can be submitted. */
  blocked: boolean;
}

export const REQUIRED_COLUMNS = ['prediction_uuid', 'target'] as const;
/** 25 MB: about a million feedback rows. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** The format of a file, from its name, its type, then its first character. */
export function detectFeedbackFormat(name: string, type: string, text: string): FeedbackFileFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (type === 'application/json') return 'json';
  if (type === 'text/csv') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** The parse of a file refused before reading it, because it is larger than `maxBytes`. */
export function tooLargeFeedbackFile(
  format: FeedbackFileFormat,
  bytes: number,
  maxBytes: number,
): ParsedFeedbackFile {
  return blockedBy(format, { kind: 'too-large', bytes, maxBytes });
}

/** The parse of a file the browser could not read (permissions, file gone, encoding). */
export function unreadableFeedbackFile(
  format: FeedbackFileFormat,
  detail: string,
): ParsedFeedbackFile {
  return blockedBy(format, { kind: 'unreadable', detail });
}

function blockedBy(format: FeedbackFileFormat, issue: FeedbackFileIssue): ParsedFeedbackFile {
  return { format, rows: [], valid: [], issues: [issue], blocked: true };
}

/** Reads and validates a feedback file's text. Never throws: every problem is an issue. */
export function parseFeedbackFile(text: string, format: FeedbackFileFormat): ParsedFeedbackFile {
  if (text.replace(/^\uFEFF/, '').trim() === '') return blockedBy(format, { kind: 'empty-file' });
  return format === 'json' ? parseJsonFeedback(text) : parseCsvFeedback(text);
}

type Target = KonanFeedbackSubmission['target'];
type TargetCheck = { target: Target } | { issue: FeedbackFileIssue };

function isPlainObject(value: unknown): value is { [key: string]: KonanJson } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A CSV cell's target: JSON when it looks like a JSON object or list, else text. */
function csvTarget(cell: string, at: number): TargetCheck {
  const trimmed = cell.trim();
  if (trimmed === '') return { issue: { kind: 'empty-target', at } };
  const first = trimmed[0];
  if (first !== '{' && first !== '[') return { target: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { issue: { kind: 'invalid-json-target', at, detail: (error as Error).message } };
  }
  return isPlainObject(value) ? { target: value } : { issue: { kind: 'unsupported-target', at } };
}

/** A JSON item's target: an object or text; numbers and booleans are sent as text. */
function jsonTarget(value: unknown, at: number): TargetCheck {
  if (value === undefined || value === null) return { issue: { kind: 'empty-target', at } };
  if (typeof value === 'string') {
    return value.trim() === '' ? { issue: { kind: 'empty-target', at } } : { target: value.trim() };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { target: String(value) };
  if (isPlainObject(value)) {
    return Object.keys(value).length === 0
      ? { issue: { kind: 'empty-target', at } }
      : { target: value };
  }
  return { issue: { kind: 'unsupported-target', at } };
}

/** Collects rows and issues, and checks that each prediction appears once. */
class Collector {
  readonly rows: FeedbackFileRow[] = [];
  readonly valid: KonanFeedbackSubmission[] = [];
  readonly issues: FeedbackFileIssue[] = [];
  private readonly seen = new Map<string, number>();

  add(at: number, rawUuid: string, targetText: string, check: TargetCheck | null): void {
    const predictionUuid = rawUuid.trim();
    let issue: FeedbackFileIssue | null = null;
    if (predictionUuid === '') {
      issue = { kind: 'missing-uuid', at };
    } else {
      const firstAt = this.seen.get(predictionUuid);
      if (firstAt !== undefined) issue = { kind: 'duplicate', at, predictionUuid, firstAt };
      else this.seen.set(predictionUuid, at);
    }
    if (!issue && check && 'issue' in check) issue = check.issue;
    if (issue) this.issues.push(issue);
    const submission =
      !issue && check && 'target' in check ? { predictionUuid, target: check.target } : null;
    if (submission) this.valid.push(submission);
    this.rows.push({ at, predictionUuid, targetText, submission });
  }

  /** A row that could not be read at all. */
  broken(at: number, issue: FeedbackFileIssue, predictionUuid = '', targetText = ''): void {
    this.issues.push(issue);
    this.rows.push({ at, predictionUuid, targetText, submission: null });
  }

  result(format: FeedbackFileFormat): ParsedFeedbackFile {
    if (this.rows.length === 0) return blockedBy(format, { kind: 'no-rows' });
    return { format, rows: this.rows, valid: this.valid, issues: this.issues, blocked: false };
  }
}

function parseCsvFeedback(text: string): ParsedFeedbackFile {
  const records = parseCsv(text, detectDelimiter(text.replace(/^\uFEFF/, '')));
  const [header, ...data] = records;
  if (!header) return blockedBy('csv', { kind: 'empty-file' });
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return blockedBy('csv', { kind: 'missing-columns', columns: missing });
  const uuidColumn = names.indexOf('prediction_uuid');
  const targetColumn = names.indexOf('target');
  const collector = new Collector();
  for (const record of data) {
    const { line, fields, problem } = record;
    const uuid = fields[uuidColumn] ?? '';
    const cell = fields[targetColumn] ?? '';
    if (problem) collector.broken(line, { kind: problem, at: line }, uuid, cell);
    else if (fields.length !== names.length) {
      collector.broken(
        line,
        { kind: 'field-count', at: line, found: fields.length, expected: names.length },
        uuid,
        cell,
      );
    } else collector.add(line, uuid, cell, csvTarget(cell, line));
  }
  return collector.result('csv');
}

function parseJsonFeedback(text: string): ParsedFeedbackFile {
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return blockedBy('json', { kind: 'invalid-json', detail: (error as Error).message });
  }
  const items = Array.isArray(body)
    ? body
    : isPlainObject(body) && Array.isArray(body.feedback)
      ? body.feedback
      : null;
  if (!items) return blockedBy('json', { kind: 'not-a-list' });
  const collector = new Collector();
  items.forEach((item: unknown, index) => {
    const at = index + 1;
    if (!isPlainObject(item)) {
      collector.broken(at, { kind: 'not-an-object', at });
      return;
    }
    const rawUuid = item.prediction_uuid ?? item.predictionUuid;
    const uuid = typeof rawUuid === 'string' || typeof rawUuid === 'number' ? String(rawUuid) : '';
    const target = item.target;
    const targetText =
      target === undefined ? '' : typeof target === 'string' ? target : JSON.stringify(target);
    collector.add(at, uuid, targetText, jsonTarget(target, at));
  });
  return collector.result('json');
}
