import { topValues, valueCounts } from './categorical-bins.js';
import type { DriftSample, FeatureValues, WindowValues } from './drift-sample.js';
import type { KonanDriftBin, KonanDriftOptions, KonanFeatureDrift } from './drift-types.js';
import { countInto, sharedEdges } from './numeric-bins.js';
import { driftLevel, populationStabilityIndex } from './psi.js';

/** Values counted between two chances to yield: well under a millisecond of work. */
const VALUES_PER_STEP = 4_096;

/**
 * The drift of every feature of `sample`, most drifted first, as a generator that yields between
 * small steps of work so a caller can spread it over several tasks (`runInSlices`) or run it in
 * one go (`computeDrift`). Numeric features (every value a number, in both windows) share bins;
 * any other feature is categorical: its top values, then "other". Either kind gets a "missing"
 * bin when a prediction of either window lacks it.
 */
export function* driftSteps(
  sample: DriftSample,
  options: KonanDriftOptions = {},
): Generator<void, KonanFeatureDrift[], void> {
  const bins = options.bins ?? 10;
  const top = options.topValues ?? 10;
  const result: KonanFeatureDrift[] = [];
  const totals = sample.totals;
  for (const [name, feature] of sample.features) {
    const numeric = feature.current.texts.length === 0 && feature.reference.texts.length === 0;
    const found: KonanDriftBin[] = numeric
      ? yield* numericBins(feature, bins)
      : yield* categoricalBins(feature, top);
    const missingCurrent = totals.current - present(feature.current);
    const missingReference = totals.reference - present(feature.reference);
    if (missingCurrent > 0 || missingReference > 0) {
      found.push({ kind: 'missing', current: missingCurrent, reference: missingReference });
    }
    const psi = populationStabilityIndex(
      found.map((bin) => bin.current),
      found.map((bin) => bin.reference),
    );
    result.push({
      name,
      source: feature.source,
      type: numeric ? 'numeric' : 'categorical',
      psi,
      level: driftLevel(psi),
      bins: found,
      currentTotal: totals.current,
      referenceTotal: totals.reference,
    });
    yield;
  }
  return result.sort((a, b) => b.psi - a.psi || (a.name < b.name ? -1 : 1));
}

/** `driftSteps` run to the end in the calling task. */
export function computeDrift(
  sample: DriftSample,
  options: KonanDriftOptions = {},
): KonanFeatureDrift[] {
  const steps = driftSteps(sample, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function present(values: WindowValues): number {
  return values.numbers.length + values.texts.length;
}

function* numericBins(feature: FeatureValues, count: number): Generator<void, KonanDriftBin[]> {
  const edges = sharedEdges(feature.min, feature.max, count);
  const current = new Array<number>(edges.length - 1).fill(0);
  const reference = new Array<number>(edges.length - 1).fill(0);
  for (const [values, counts] of [
    [feature.current.numbers, current],
    [feature.reference.numbers, reference],
  ] as const) {
    for (let at = 0; at < values.length; ) {
      at = countInto(counts, edges, values, at, at + VALUES_PER_STEP);
      yield;
    }
  }
  return current.map((c, i) => ({
    kind: 'range' as const,
    x0: edges[i] as number,
    x1: edges[i + 1] as number,
    current: c,
    reference: reference[i] ?? 0,
  }));
}

function* categoricalBins(feature: FeatureValues, limit: number): Generator<void, KonanDriftBin[]> {
  const current = yield* countValues(feature.current);
  const reference = yield* countValues(feature.reference);
  const kept = topValues(current, reference, limit);
  const bins: KonanDriftBin[] = kept.map((value) => ({
    kind: 'value' as const,
    value,
    current: current.get(value) ?? 0,
    reference: reference.get(value) ?? 0,
  }));
  const otherCurrent = present(feature.current) - sumOf(bins, 'current');
  const otherReference = present(feature.reference) - sumOf(bins, 'reference');
  if (otherCurrent > 0 || otherReference > 0) {
    bins.push({ kind: 'other', current: otherCurrent, reference: otherReference });
  }
  return bins;
}

function* countValues(values: WindowValues): Generator<void, Map<string, number>> {
  const counts = new Map<string, number>();
  for (let at = 0; at < values.texts.length; at += VALUES_PER_STEP) {
    valueCounts(values.texts.slice(at, at + VALUES_PER_STEP), counts);
    yield;
  }
  // A feature with texts in one window and numbers in the other is categorical: numbers as text.
  for (let at = 0; at < values.numbers.length; at += VALUES_PER_STEP) {
    valueCounts(values.numbers.slice(at, at + VALUES_PER_STEP).map(String), counts);
    yield;
  }
  return counts;
}

function sumOf(bins: readonly KonanDriftBin[], window: 'current' | 'reference'): number {
  let total = 0;
  for (const bin of bins) total += bin[window];
  return total;
}
