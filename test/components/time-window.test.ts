import { describe, expect, it } from 'vitest';
import {
  fromDateTimeLocal,
  lastWindow,
  presetOf,
  sameWindow,
  toDateTimeLocal,
  validateCustomRange,
} from '../../src/components/time-window-picker/time-window';

const now = new Date(2025, 2, 10, 12, 30);

describe('lastWindow', () => {
  it('ends now and spans the preset', () => {
    expect(lastWindow('24h', now)).toEqual({ start: new Date(2025, 2, 9, 12, 30), end: now });
    expect(lastWindow('7d', now).start.getTime()).toBe(now.getTime() - 7 * 86_400_000);
    expect(lastWindow('30d', now).start.getTime()).toBe(now.getTime() - 30 * 86_400_000);
  });

  it('does not share the Date passed as now', () => {
    expect(lastWindow('24h', now).end).not.toBe(now);
  });

  it('is recognised by presetOf, and a custom length is not', () => {
    expect(presetOf(lastWindow('7d', now))).toBe('7d');
    expect(presetOf({ start: new Date(2025, 0, 1), end: new Date(2025, 0, 3) })).toBeUndefined();
  });
});

describe('sameWindow', () => {
  it('compares instants, not objects', () => {
    expect(sameWindow(lastWindow('24h', now), lastWindow('24h', now))).toBe(true);
    expect(sameWindow(lastWindow('24h', now), lastWindow('7d', now))).toBe(false);
  });
});

describe('datetime-local values', () => {
  it('round-trip in local time, to the minute', () => {
    expect(toDateTimeLocal(now)).toBe('2025-03-10T12:30');
    expect(fromDateTimeLocal('2025-03-10T12:30')).toEqual(now);
    expect(fromDateTimeLocal('2025-03-10T12:30:15')).toEqual(new Date(2025, 2, 10, 12, 30, 15));
  });

  it('rejects what is not a date', () => {
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(fromDateTimeLocal('yesterday')).toBeUndefined();
    expect(fromDateTimeLocal('2025-02-31T10:00')).toBeUndefined();
  });
});

describe('validateCustomRange', () => {
  it('accepts a start before the end', () => {
    expect(validateCustomRange('2025-03-01T00:00', '2025-03-02T00:00')).toEqual({
      ok: true,
      window: { start: new Date(2025, 2, 1), end: new Date(2025, 2, 2) },
    });
  });

  it('names the empty fields', () => {
    expect(validateCustomRange('', '')).toEqual({
      ok: false,
      start: 'start-missing',
      end: 'end-missing',
    });
    expect(validateCustomRange('2025-03-01T00:00', ' ')).toEqual({ ok: false, end: 'end-missing' });
  });

  it('names an invalid date', () => {
    expect(validateCustomRange('2025-13-01T00:00', '2025-03-02T00:00')).toEqual({
      ok: false,
      start: 'start-invalid',
    });
  });

  it('refuses a start at or after the end', () => {
    const problem = { ok: false, end: 'start-not-before-end' };
    expect(validateCustomRange('2025-03-02T00:00', '2025-03-01T00:00')).toEqual(problem);
    expect(validateCustomRange('2025-03-01T00:00', '2025-03-01T00:00')).toEqual(problem);
  });
});
