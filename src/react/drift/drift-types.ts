/** How far a feature's distribution moved, by the usual reading of the population stability index. */
export type KonanDriftLevel = 'stable' | 'moderate' | 'major';

/** Which window a value was read in. */
export type KonanDriftWindow = 'current' | 'reference';

/**
 * One bin of a feature's two histograms. Numeric features have `range` bins `[x0, x1)` (the last
 * one closed); categorical features have `value` bins, then `other` for the values outside the
 * top ones. `missing` counts predictions without the feature (or with `null`).
 */
export type KonanDriftBin = (
  | { kind: 'range'; x0: number; x1: number }
  | { kind: 'value'; value: string }
  | { kind: 'other' }
  | { kind: 'missing' }
) & {
  /** Predictions of the current window in this bin. */
  current: number;
  /** Predictions of the reference window in this bin. */
  reference: number;
};

/** The drift of one feature (or one part of the model's output). */
export interface KonanFeatureDrift {
  /** The feature's key in `features`; for the output, `output` or `output.<key>`. */
  name: string;
  source: 'feature' | 'output';
  type: 'numeric' | 'categorical';
  /** Population stability index of the current window against the reference. */
  psi: number;
  level: KonanDriftLevel;
  bins: KonanDriftBin[];
  /** Predictions in each window (every bin of a window adds up to it, `missing` included). */
  currentTotal: number;
  referenceTotal: number;
}

export interface KonanDriftOptions {
  /** Numeric bins aimed at (d3's nice ticks may give a few more or fewer). Default 10. */
  bins?: number;
  /** Categorical values kept before "other". Default 10. */
  topValues?: number;
}
