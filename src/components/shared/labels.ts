/** Merge a component's default labels with the caller's overrides. */
export function mergeLabels<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  return overrides ? { ...defaults, ...overrides } : defaults;
}
