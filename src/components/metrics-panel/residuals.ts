import type { KonanJson, KonanPrediction } from '../../client/data-types.js';

/** A sample of a regressor's errors: target − output for the predictions with a numeric target. */
export interface KonanResidualSample {
  /** `target − output` of each prediction read that has a numeric target. */
  residuals: number[];
  /** Predictions read (those with feedback and those without). */
  read: number;
  /** Predictions in the window, by the listing's `count`. */
  total: number;
}

const isObject = (value: unknown): value is Record<string, KonanJson> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A regression output or target as a number: a number, a numeric string, or `{value}`. */
export function numericValue(value: KonanJson | undefined): number | null {
  const raw = isObject(value) ? value.value : value;
  const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

/** The residuals (target − output) of the predictions whose output and feedback are numeric. */
export function residualsOf(predictions: readonly KonanPrediction[]): number[] {
  const residuals: number[] = [];
  for (const prediction of predictions) {
    const target = numericValue(prediction.feedback);
    const output = numericValue(prediction.output);
    if (target !== null && output !== null) residuals.push(target - output);
  }
  return residuals;
}

export interface ResidualBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge (inclusive for the last bin). */
  to: number;
  count: number;
}

/** A "nice" step (1, 2 or 5 × 10^n) giving about `target` bins over `span`. */
function niceStep(span: number, target: number): number {
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/**
 * Residuals counted in equal bins with round edges (about `target` of them). One value, or all
 * equal, gives one bin around it; nothing gives none.
 */
export function residualHistogram(residuals: readonly number[], target = 16): ResidualBin[] {
  if (residuals.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of residuals) {
    if (r < min) min = r;
    if (r > max) max = r;
  }
  const one = [{ from: min, to: max, count: residuals.length }];
  if (min === max) return one;
  const step = niceStep(max - min, target);
  let start = Math.floor(min / step) * step;
  // `min / step` can underflow to -0 (a subnormal min): the first edge must not pass it.
  if (start > min) start -= step;
  const count = Math.max(1, Math.ceil((max - start) / step + 1e-9));
  // A span too small for floating point (or too many bins): one bin holds them all.
  if (!(step > 0) || !Number.isFinite(start) || count > 4 * target) return one;
  const bins: ResidualBin[] = Array.from({ length: count }, (_, i) => ({
    from: start + i * step,
    to: start + (i + 1) * step,
    count: 0,
  }));
  for (const r of residuals) {
    let index = Math.min(count - 1, Math.floor((r - start) / step));
    // `r - start` can round across an edge (a value just below 0 with `start` -1): step back.
    while (index > 0 && r < (bins[index]?.from ?? r)) index--;
    while (index < count - 1 && r >= (bins[index]?.to ?? r)) index++;
    const bin = bins[index];
    if (bin) bin.count++;
  }
  return bins;
}

/** A residual sample in two numbers: the median error, and the bound most errors stay within. */
export interface ResidualSummary {
  /** The median of target − output (negative: the model predicts too high). */
  median: number;
  /** `share` of the residuals lie within ±`within` (the `share` quantile of their size). */
  within: number;
  share: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

/** The median residual and the bound `share` of them stay within; `null` for no residuals. */
export function residualSummary(residuals: readonly number[], share = 0.8): ResidualSummary | null {
  if (residuals.length === 0) return null;
  const sorted = [...residuals].sort((a, b) => a - b);
  const sizes = residuals.map(Math.abs).sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), within: quantile(sizes, share), share };
}
