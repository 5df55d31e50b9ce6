/**
 * Wraps text put inside a sentence (a date, a number, a name) in Unicode bidi isolates (U+2068 …
 * U+2069), so a right-to-left page shows it whole instead of reordering it with its neighbours.
 */
export function isolateBidi(text: string): string {
  return `\u2068${text}\u2069`;
}
