import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUCKET_MS,
  bucketWindow,
  chooseBucketUnit,
  type KonanBucketUnit,
  splitWindow,
} from '../../../src/react/series/buckets';

const HOUR = BUCKET_MS.hour;
const DAY = BUCKET_MS.day;
const at = (iso: string) => new Date(iso);

describe('chooseBucketUnit', () => {
  it('splits up to two days into hours and longer windows into days', () => {
    const end = at('2026-12-01T12:00:00Z');
    expect(chooseBucketUnit({ start: new Date(end.getTime() - DAY), end })).toBe('hour');
    expect(chooseBucketUnit({ start: new Date(end.getTime() - 2 * DAY), end })).toBe('hour');
    expect(chooseBucketUnit({ start: new Date(end.getTime() - 2 * DAY - 1), end })).toBe('day');
    expect(chooseBucketUnit({ start: new Date(end.getTime() - 7 * DAY), end })).toBe('day');
  });

  it('uses the preferred unit when one is given', () => {
    const end = at('2026-12-01T12:00:00Z');
    expect(chooseBucketUnit({ start: new Date(end.getTime() - 7 * DAY), end }, 'hour')).toBe(
      'hour',
    );
    expect(chooseBucketUnit({ start: new Date(end.getTime() - HOUR), end }, 'day')).toBe('day');
  });
});

describe('splitWindow', () => {
  it('cuts a window at UTC day boundaries, the edges cut short', () => {
    const buckets = splitWindow(
      { start: at('2026-11-24T10:30:00Z'), end: at('2026-11-26T06:00:00Z') },
      'day',
    );
    expect(buckets.map((b) => [b.start.toISOString(), b.end.toISOString(), b.whole])).toEqual([
      ['2026-11-24T10:30:00.000Z', '2026-11-25T00:00:00.000Z', false],
      ['2026-11-25T00:00:00.000Z', '2026-11-26T00:00:00.000Z', true],
      ['2026-11-26T00:00:00.000Z', '2026-11-26T06:00:00.000Z', false],
    ]);
    expect(buckets[0]?.aligned.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  it('gives 24 whole hours for a day that starts on the hour', () => {
    const buckets = splitWindow(
      { start: at('2026-12-01T00:00:00Z'), end: at('2026-12-02T00:00:00Z') },
      'hour',
    );
    expect(buckets).toHaveLength(24);
    expect(buckets.every((b) => b.whole)).toBe(true);
  });

  it('gives no bucket for an empty or inverted window', () => {
    const t = at('2026-12-01T00:00:00Z');
    expect(splitWindow({ start: t, end: t }, 'hour')).toEqual([]);
    expect(splitWindow({ start: t, end: new Date(t.getTime() - HOUR) }, 'day')).toEqual([]);
  });
});

const windows = fc
  .record({
    start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    length: fc.integer({ min: 1, max: 40 * DAY }),
    unit: fc.constantFrom<KonanBucketUnit>('hour', 'day'),
  })
  .filter(({ length, unit }) => length / BUCKET_MS[unit] < 400);
/** Those windows with their buckets. */
const splits = windows.map((w) => ({
  ...w,
  buckets: splitWindow({ start: new Date(w.start), end: new Date(w.start + w.length) }, w.unit),
}));

describe('splitWindow properties', () => {
  it('covers the window exactly, without gaps or overlap', () => {
    fc.assert(
      fc.property(splits, ({ start, length, buckets }) => {
        expect(buckets[0]?.start.getTime()).toBe(start);
        expect(buckets.at(-1)?.end.getTime()).toBe(start + length);
        for (let i = 1; i < buckets.length; i++) {
          expect(buckets[i]?.start.getTime()).toBe(buckets[i - 1]?.end.getTime());
        }
        for (const bucket of buckets)
          expect(bucket.end.getTime()).toBeGreaterThan(bucket.start.getTime());
      }),
    );
  });

  it('aligns every bucket to a UTC hour or day, and only the edges are cut', () => {
    fc.assert(
      fc.property(splits, ({ unit, buckets }) => {
        buckets.forEach((bucket, index) => {
          const aligned = bucket.aligned.getTime();
          expect(aligned % BUCKET_MS[unit]).toBe(0);
          expect(bucket.start.getTime()).toBeGreaterThanOrEqual(aligned);
          expect(bucket.end.getTime()).toBeLessThanOrEqual(aligned + BUCKET_MS[unit]);
          if (index > 0 && index < buckets.length - 1) expect(bucket.whole).toBe(true);
        });
      }),
    );
  });

  it('keeps the whole buckets of a window moved by any amount', () => {
    fc.assert(
      fc.property(
        windows,
        fc.integer({ min: -5 * DAY, max: 5 * DAY }),
        ({ start, length, unit }, shift) => {
          const key = (b: { start: Date; end: Date }) => `${b.start.getTime()}-${b.end.getTime()}`;
          const before = splitWindow(
            { start: new Date(start), end: new Date(start + length) },
            unit,
          );
          const after = new Set(
            splitWindow(
              { start: new Date(start + shift), end: new Date(start + shift + length) },
              unit,
            ).map(key),
          );
          const overlapStart = Math.max(start, start + shift);
          const overlapEnd = Math.min(start + length, start + shift + length);
          for (const bucket of before) {
            const inside =
              bucket.start.getTime() >= overlapStart && bucket.end.getTime() <= overlapEnd;
            if (bucket.whole && inside) expect(after.has(key(bucket))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('bucketWindow', () => {
  it('chooses the unit from the window', () => {
    const end = at('2026-12-01T12:00:00Z');
    expect(bucketWindow({ start: new Date(end.getTime() - 7 * DAY), end })).toHaveLength(8);
    expect(bucketWindow({ start: new Date(end.getTime() - DAY), end })).toHaveLength(24);
  });
});
