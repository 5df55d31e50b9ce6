import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KonanJson, KonanPrediction } from '../../../src/client/data-types';
import { computeDrift, driftSteps } from '../../../src/react/drift/compute-drift';
import { DriftSample } from '../../../src/react/drift/drift-sample';
import { binIndex, sharedEdges } from '../../../src/react/drift/numeric-bins';
import { runInSlices } from '../../../src/react/drift/run-in-slices';

const prediction = (features: KonanJson, output: KonanJson = null): KonanPrediction => ({
  uuid: crypto.randomUUID(),
  output,
  features,
});

function sampleOf(current: KonanPrediction[], reference: KonanPrediction[]): DriftSample {
  const sample = new DriftSample();
  sample.add('current', current);
  sample.add('reference', reference);
  return sample;
}

describe('shared numeric bins', () => {
  it('are d3 nice ticks over both windows together, the last bin closed', () => {
    const edges = sharedEdges(0.3, 9.6, 5);
    expect(edges).toEqual([0, 2, 4, 6, 8, 10]);
    expect(binIndex(edges, 0)).toBe(0);
    expect(binIndex(edges, 1.99)).toBe(0);
    expect(binIndex(edges, 2)).toBe(1);
    expect(binIndex(edges, 10)).toBe(4);
  });

  it('give a constant feature one bin', () => {
    expect(sharedEdges(7, 7, 10)).toEqual([7, 7]);
    expect(binIndex([7, 7], 7)).toBe(0);
  });

  it('always cover the extent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (a, b, count) => {
          const [min, max] = a < b ? [a, b] : [b, a];
          const edges = sharedEdges(min, max, count);
          expect(edges[0]).toBeLessThanOrEqual(min);
          expect(edges[edges.length - 1]).toBeGreaterThanOrEqual(max);
          expect(edges.length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});

describe('computeDrift', () => {
  it('bins a numeric feature on edges from both windows and scores it by hand', () => {
    const reference = [1, 2, 3, 4].map((x) => prediction({ x }));
    const current = [3, 4, 5, 6].map((x) => prediction({ x }));
    const [x] = computeDrift(sampleOf(current, reference), { bins: 2 }).filter(
      (f) => f.name === 'x',
    );
    // d3 picks a step of 2 for about 2 bins over 1..6: [0, 2), [2, 4), [4, 6].
    expect(x?.type).toBe('numeric');
    expect(x?.bins).toEqual([
      { kind: 'range', x0: 0, x1: 2, current: 0, reference: 1 },
      { kind: 'range', x0: 2, x1: 4, current: 1, reference: 2 },
      { kind: 'range', x0: 4, x1: 6, current: 3, reference: 1 },
    ]);
    // (0.0001 − 0.25)·ln(0.0001 / 0.25) + (0.25 − 0.5)·ln 0.5 + (0.75 − 0.25)·ln 3
    // = 1.955229 + 0.173287 + 0.549306
    expect(x?.psi).toBeCloseTo(2.677822, 5);
    expect(x?.level).toBe('major');
  });

  it('keeps the top values of a categorical feature, then "other" and "missing"', () => {
    const reference = ['red', 'red', 'red', 'blue'].map((color) => prediction({ color }));
    const current = [
      ...['red', 'blue', 'green', 'green'].map((color) => prediction({ color })),
      prediction({}),
    ];
    const [color] = computeDrift(sampleOf(current, reference), { topValues: 2 });
    expect(color?.name).toBe('color');
    expect(color?.type).toBe('categorical');
    // red 4 over both windows, then blue and green 2 each: the tie goes to text order.
    expect(color?.bins).toEqual([
      { kind: 'value', value: 'red', current: 1, reference: 3 },
      { kind: 'value', value: 'blue', current: 1, reference: 1 },
      { kind: 'other', current: 2, reference: 0 },
      { kind: 'missing', current: 1, reference: 0 },
    ]);
    expect(color?.currentTotal).toBe(5);
    expect(color?.referenceTotal).toBe(4);
  });

  it('treats the output as features: each key of an object output, or the output itself', () => {
    const drift = computeDrift(
      sampleOf(
        [prediction({}, { label: 'yes', probability: 0.9 })],
        [prediction({}, { label: 'no', probability: 0.6 })],
      ),
    );
    const byName = new Map(drift.map((f) => [f.name, f]));
    expect(byName.get('output.label')).toMatchObject({ source: 'output', type: 'categorical' });
    expect(byName.get('output.probability')).toMatchObject({ source: 'output', type: 'numeric' });
    const plain = computeDrift(sampleOf([prediction({}, 'yes')], [prediction({}, 'yes')]));
    expect(plain.map((f) => [f.name, f.psi])).toEqual([['output', 0]]);
  });

  it('lists the most drifted feature first', () => {
    const reference = Array.from({ length: 40 }, (_, i) => prediction({ a: i % 4, b: i % 4 }));
    const current = Array.from({ length: 40 }, (_, i) => prediction({ a: i % 4, b: i % 2 }));
    const names = computeDrift(sampleOf(current, reference)).map((f) => f.name);
    expect(names.slice(0, 2)).toEqual(['b', 'a']);
  });

  const value = fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    fc.constantFrom('a', 'b', 'c', 'd'),
    fc.constant(null),
  );
  const features = fc.dictionary(fc.constantFrom('f', 'g', 'h'), value, { maxKeys: 3 });
  const windows = fc.tuple(
    fc.array(features, { minLength: 1, maxLength: 60 }),
    fc.array(features, { minLength: 1, maxLength: 60 }),
  );

  it('puts every prediction of each window in exactly one bin of every feature', () => {
    fc.assert(
      fc.property(windows, fc.integer({ min: 1, max: 12 }), ([c, r], bins) => {
        const drift = computeDrift(
          sampleOf(
            c.map((f) => prediction(f)),
            r.map((f) => prediction(f)),
          ),
          { bins, topValues: 2 },
        );
        for (const feature of drift) {
          expect(feature.bins.reduce((s, b) => s + b.current, 0)).toBe(c.length);
          expect(feature.bins.reduce((s, b) => s + b.reference, 0)).toBe(r.length);
          expect(feature.psi).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('gives the same answer in slices as in one task', async () => {
    await fc.assert(
      fc.asyncProperty(windows, async ([c, r]) => {
        const sample = sampleOf(
          c.map((f) => prediction(f)),
          r.map((f) => prediction(f)),
        );
        const sliced = await runInSlices(driftSteps(sample), { sliceMs: 0 });
        expect(sliced).toEqual(computeDrift(sample));
      }),
      { numRuns: 30 },
    );
  });

  it('stops between slices when aborted', async () => {
    const controller = new AbortController();
    const sample = sampleOf([prediction({ x: 1 })], [prediction({ x: 2 })]);
    controller.abort();
    await expect(
      runInSlices(driftSteps(sample), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'KonanAbortError' });
  });
});
