/** Merge a component's default labels with the caller's overrides. */
export function mergeLabels<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  return overrides ? { ...defaults, ...overrides } : defaults;
}

/**
 * A number handed to a label function: the value, to choose a plural form, and its text in the
 * user's locale, to show. Every label that takes a count takes it this way.
 */
export interface KonanLabelCount {
  value: number;
  text: string;
}

/** A count for a label function, formatted with `format` (e.g. `formatters.number`). */
export function labelCount(value: number, format: (value: number) => string): KonanLabelCount {
  return { value, text: format(value) };
}
