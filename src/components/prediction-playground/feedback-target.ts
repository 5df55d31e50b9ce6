import type { KonanFeedbackSubmission } from '../../client/data-types.js';
import { type JsonInputProblem, parseJsonInput } from './json-input.js';

export type FeedbackTarget = KonanFeedbackSubmission['target'];

export type FeedbackTargetProblem = JsonInputProblem | { kind: 'not-object-or-text' };

export type FeedbackTargetResult =
  | { ok: true; target: FeedbackTarget }
  | { ok: false; problem: FeedbackTargetProblem };

/**
 * Read a feedback target as typed. Text starting with `{`, `[` or `"` is JSON and must be an
 * object or a string; anything else is taken as plain text (`approved` means `"approved"`).
 */
export function parseFeedbackTarget(text: string): FeedbackTargetResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { kind: 'empty' } };
  if (!/^[{["]/.test(trimmed)) return { ok: true, target: trimmed };
  const parsed = parseJsonInput(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (typeof value === 'string') {
    return value.trim() === ''
      ? { ok: false, problem: { kind: 'empty' } }
      : { ok: true, target: value };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return { ok: true, target: value };
  }
  return { ok: false, problem: { kind: 'not-object-or-text' } };
}

/** Output keys that say how sure the model is (probability, scores, confidence), not what it says. */
const MODEL_CONFIDENCE_KEY = /^(probabilit(y|ies)|scores?|confidence|proba)$/i;

/**
 * A starting point for the target: the model's output when it is an object, without its
 * probability or scores (edit what was wrong).
 */
export function initialTargetText(output: unknown): string {
  if (output !== null && typeof output === 'object' && !Array.isArray(output)) {
    // The true value is the target part: what the model says, not how sure it is.
    const target = Object.fromEntries(
      Object.entries(output).filter(([key]) => !MODEL_CONFIDENCE_KEY.test(key)),
    );
    return JSON.stringify(Object.keys(target).length > 0 ? target : output);
  }
  return typeof output === 'string' ? output : '';
}
