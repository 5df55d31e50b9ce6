import type { KonanJson } from '../../client/data-types.js';

/** How long the example in a message may grow; the first entry is always kept. */
const MAX_EXAMPLE_LENGTH = 60;

/**
 * A short, one-line example of the input a deployment takes, from an input it took (the
 * playground's default: the features of its latest prediction). An object gives its first
 * entries, e.g. `{"area_sqm": 112, "bedrooms": 3}`; `undefined` when there is nothing to go by.
 */
export function inputExample(input: string): string | undefined {
  let value: KonanJson;
  try {
    value = JSON.parse(input) as KonanJson;
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const text = JSON.stringify(value);
    return text.length <= MAX_EXAMPLE_LENGTH ? text : undefined;
  }
  const entries: string[] = [];
  for (const [name, entry] of Object.entries(value)) {
    const next = `${JSON.stringify(name)}: ${JSON.stringify(entry)}`;
    const length = entries.join(', ').length + next.length;
    if (entries.length > 0 && length > MAX_EXAMPLE_LENGTH) break;
    entries.push(next);
  }
  return entries.length > 0 ? `{${entries.join(', ')}}` : undefined;
}
