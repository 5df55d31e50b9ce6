/** A target a figure must meet: at most `max`, or exactly `equals`. */
export type Target = { max: number } | { equals: number };

/** One measured figure and its baseline, measured in the same run. Lower is better for all. */
export interface Figure {
  /** Stable key, for comparing runs. */
  id: string;
  bench: string;
  metric: string;
  unit: 'ms' | 'rows' | 'lines' | 'requests' | 'MB' | 'items';
  /** The median of `samples` for repeated figures; `null` when it could not be measured. */
  value: number | null;
  baseline: number | null;
  /** The same figure for what a user would pick instead (another library), when there is one. */
  peer?: number | null;
  target?: Target;
  samples?: number[];
  baselineSamples?: number[];
  peerSamples?: number[];
}

export interface BenchSection {
  bench: string;
  /** What the baseline is, in a sentence. */
  baseline: string;
  /** What the peer is, in a sentence, when the section has one. */
  peer?: string;
  figures: Figure[];
  /** Every run's raw figures, for the JSON. */
  runs?: unknown;
}

export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0 || known.length < values.length) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 === 1
    ? (known[middle] as number)
    : ((known[middle - 1] as number) + (known[middle] as number)) / 2;
}

/** value ÷ baseline: below 1 is better than the baseline. */
export function ratioOf(figure: Figure): number | null {
  if (figure.value === null || figure.baseline === null || figure.baseline === 0) return null;
  return figure.value / figure.baseline;
}

/** value ÷ peer: at most 1 is as fast as (or faster than) what a user would pick instead. */
export function peerRatioOf(figure: Figure): number | null {
  if (figure.value === null || figure.peer == null) return null;
  if (figure.peer === 0) return figure.value === 0 ? 1 : null;
  return figure.value / figure.peer;
}

export function meets(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  if (figure.value === null) return false;
  return 'max' in figure.target
    ? figure.value <= figure.target.max
    : figure.value === figure.target.equals;
}

/** Which variant's runs are the figure, the baseline and (when there is one) the peer. */
export interface Roles<V extends string> {
  value: V;
  baseline: V;
  peer?: V;
}

/**
 * A maker of a section's figures from its runs: `make(key, metric, unit, target?)` is the figure
 * `${prefix}.${key}`, the median of `key` over the `value` runs against the `baseline` runs (and
 * the `peer` runs).
 */
export function figureMaker<V extends string, T>(
  bench: string,
  prefix: string,
  runs: Record<V, readonly T[]>,
  roles: Roles<V>,
) {
  const pick = (variant: V, key: keyof T) => runs[variant].map((r) => r[key] as number | null);
  return (key: keyof T & string, metric: string, unit: Figure['unit'], target?: Target): Figure => {
    const peer = roles.peer;
    return {
      id: `${prefix}.${key}`,
      bench,
      metric,
      unit,
      value: median(pick(roles.value, key)),
      baseline: median(pick(roles.baseline, key)),
      ...(peer && { peer: median(pick(peer, key)) }),
      ...(target && { target }),
      samples: pick(roles.value, key) as number[],
      baselineSamples: pick(roles.baseline, key) as number[],
      ...(peer && { peerSamples: pick(peer, key) as number[] }),
    };
  };
}
