import type { KonanDriftLevel } from './drift-types.js';

/**
 * The share an empty bin counts as. Without it one empty bin makes the index infinite; 0.0001 is
 * the floor most PSI write-ups and Evidently use, so a bin empty on one side adds a large but
 * finite term (about 0.09 for a bin holding 10% on the other side).
 */
export const PSI_EPSILON = 1e-4;

/** Below this the feature is stable. */
export const PSI_MODERATE = 0.1;
/** Above this the drift is major. */
export const PSI_MAJOR = 0.25;

/**
 * Population stability index: the sum over bins of (c − r) · ln(c / r), with c and r the shares of
 * the current and reference windows in each bin (floored at `PSI_EPSILON`). 0 when both windows
 * are spread alike; a window with no predictions gives `NaN`.
 */
export function populationStabilityIndex(
  current: readonly number[],
  reference: readonly number[],
): number {
  const currentTotal = sum(current);
  const referenceTotal = sum(reference);
  if (currentTotal === 0 || referenceTotal === 0) return Number.NaN;
  let psi = 0;
  for (let i = 0; i < current.length; i += 1) {
    const c = Math.max((current[i] ?? 0) / currentTotal, PSI_EPSILON);
    const r = Math.max((reference[i] ?? 0) / referenceTotal, PSI_EPSILON);
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

/** < 0.1 stable, 0.1 to 0.25 moderate, > 0.25 major. */
export function driftLevel(psi: number): KonanDriftLevel {
  if (psi > PSI_MAJOR) return 'major';
  if (psi >= PSI_MODERATE) return 'moderate';
  return 'stable';
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
