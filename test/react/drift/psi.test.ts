import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftLevel, PSI_EPSILON, populationStabilityIndex } from '../../../src/react/drift/psi';

const counts = fc.array(fc.nat({ max: 1_000 }), { minLength: 1, maxLength: 12 });
const pair = counts.chain((a) =>
  fc.tuple(
    fc.constant(a),
    fc.array(fc.nat({ max: 1_000 }), { minLength: a.length, maxLength: a.length }),
  ),
);
const positive = (xs: number[]) => xs.some((x) => x > 0);

describe('populationStabilityIndex', () => {
  it('is 0 for windows spread alike, whatever their sizes', () => {
    expect(populationStabilityIndex([50, 50], [500, 500])).toBe(0);
  });

  it('matches a hand computation: 60/40 against 50/50 is 0.1·ln 1.2 + 0.1·ln 1.25', () => {
    // (0.6 − 0.5)·ln(0.6/0.5) + (0.4 − 0.5)·ln(0.4/0.5) = 0.018232 + 0.022314
    expect(populationStabilityIndex([60, 40], [50, 50])).toBeCloseTo(0.0405465, 6);
  });

  it('floors an empty bin at 0.0001 so the index stays finite', () => {
    expect(PSI_EPSILON).toBe(1e-4);
    // (1 − 0.5)·ln 2 + (0.0001 − 0.5)·ln(0.0002) = 0.346574 + 4.257744
    expect(populationStabilityIndex([100, 0], [50, 50])).toBeCloseTo(4.604318, 5);
  });

  it('is NaN when a window holds nothing to compare', () => {
    expect(populationStabilityIndex([0, 0], [3, 4])).toBeNaN();
  });

  it('is never negative and is symmetric', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        fc.pre(positive(a) && positive(b));
        const ab = populationStabilityIndex(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeCloseTo(populationStabilityIndex(b, a), 9);
      }),
    );
  });

  it('depends on shares only: scaling a window changes nothing', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 2, max: 9 }), ([a, b], k) => {
        fc.pre(positive(a) && positive(b));
        expect(
          populationStabilityIndex(
            a.map((x) => x * k),
            b,
          ),
        ).toBeCloseTo(populationStabilityIndex(a, b), 9);
      }),
    );
  });
});

describe('driftLevel', () => {
  it('reads < 0.1 as stable, 0.1 to 0.25 as moderate and above as major', () => {
    expect(driftLevel(0)).toBe('stable');
    expect(driftLevel(0.0999)).toBe('stable');
    expect(driftLevel(0.1)).toBe('moderate');
    expect(driftLevel(0.25)).toBe('moderate');
    expect(driftLevel(0.2501)).toBe('major');
  });
});
