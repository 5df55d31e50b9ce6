import { describe, expect, it } from 'vitest';
import type { KonanFeedbacksResult } from '../../src/client/data-types';
import { feedbackStatusOf } from '../../src/components/prediction-playground/feedback-status';
import {
  initialTargetText,
  parseFeedbackTarget,
} from '../../src/components/prediction-playground/feedback-target';

describe('parseFeedbackTarget', () => {
  it('takes plain text as a string target', () => {
    expect(parseFeedbackTarget('  approved ')).toEqual({ ok: true, target: 'approved' });
    expect(parseFeedbackTarget('42')).toEqual({ ok: true, target: '42' });
  });

  it('takes a JSON object or a JSON string', () => {
    expect(parseFeedbackTarget('{"label": "rejected"}')).toEqual({
      ok: true,
      target: { label: 'rejected' },
    });
    expect(parseFeedbackTarget('"approved"')).toEqual({ ok: true, target: 'approved' });
  });

  it('refuses empty input, broken JSON and arrays', () => {
    expect(parseFeedbackTarget('   ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseFeedbackTarget('""')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseFeedbackTarget('{"label": }')).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', expected: 'value', column: 11 },
    });
    expect(parseFeedbackTarget('[1]')).toEqual({
      ok: false,
      problem: { kind: 'not-object-or-text' },
    });
  });
});

describe('initialTargetText', () => {
  it('keeps the target part of an output, not its probability or scores', () => {
    expect(initialTargetText({ label: 'approved', probability: 0.91 })).toBe(
      '{"label":"approved"}',
    );
    expect(
      initialTargetText({ label: 'fraud', probabilities: { fraud: 0.8 }, confidence: 0.8 }),
    ).toBe('{"label":"fraud"}');
    expect(initialTargetText({ price: 412_000 })).toBe('{"price":412000}');
  });

  it('starts from the output when it is an object or text', () => {
    expect(initialTargetText({ label: 'approved' })).toBe('{"label":"approved"}');
    expect(initialTargetText('approved')).toBe('approved');
    expect(initialTargetText([1])).toBe('');
    expect(initialTargetText(null)).toBe('');
  });
});

describe('feedbackStatusOf', () => {
  const base: KonanFeedbacksResult = {
    statuses: [],
    accepted: 0,
    rejected: 0,
    notSent: [],
    total: 1,
  };

  /** The result of one item Konan answered. */
  const answered = (status: number, message: string, accepted: boolean) => ({
    ...base,
    statuses: [{ predictionUuid: 'p', status, message, accepted }],
  });

  it('reads an accepted or rejected item', () => {
    expect(feedbackStatusOf(answered(201, 'Feedback recorded.', true), 'p')).toEqual({
      outcome: 'accepted',
      message: 'Feedback recorded.',
    });
    expect(feedbackStatusOf(answered(409, 'Already recorded.', false), 'p')).toEqual({
      outcome: 'rejected',
      status: 409,
      message: 'Already recorded.',
    });
  });

  it('reads an item that was not sent, with why', () => {
    const result = {
      ...base,
      notSent: [
        { submission: { predictionUuid: 'p', target: 'x' }, reason: new Error('Network down') },
      ],
    };
    expect(feedbackStatusOf(result, 'p')).toEqual({ outcome: 'notSent', message: 'Network down' });
  });

  it('has nothing for another prediction or no result', () => {
    expect(feedbackStatusOf(undefined, 'p')).toBeUndefined();
    expect(feedbackStatusOf(base, 'p')).toBeUndefined();
  });
});
