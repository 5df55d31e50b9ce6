/**
 * The heatmap's colour scale: how much of `--konan-accent` is mixed into `--konan-bg` at each
 * level. It stops at a mid tone (55 %) so the cell text, always `--konan-text`, keeps a contrast
 * of at least 4.5:1 in both themes (checked against the tokens in test/components).
 */
export const HEAT_MIX_PERCENT = [0, 10, 20, 31, 43, 55] as const;
export const HEAT_LEVELS = HEAT_MIX_PERCENT.length - 1;

/** The colour level (0 to HEAT_LEVELS) of a count: 0 for nothing, then proportional to the max. */
export function heatLevel(value: number | null, max: number): number {
  if (value === null || !Number.isFinite(value) || value <= 0 || !(max > 0)) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((value / max) * HEAT_LEVELS)));
}

/** The CSS background of a level, from the theme's tokens. */
export function heatBackground(level: number): string {
  const percent = HEAT_MIX_PERCENT[Math.min(HEAT_LEVELS, Math.max(0, level))] ?? 0;
  return `color-mix(in srgb, var(--konan-accent) ${percent}%, var(--konan-bg))`;
}
