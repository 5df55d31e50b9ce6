/** One occurrence of the search term: a line index and a half-open range of its plain text. */
export interface LogMatch {
  line: number;
  start: number;
  end: number;
}

export interface LogSearchResult {
  matches: LogMatch[];
  /** More matches exist than `limit`; the count shown is a lower bound. */
  truncated: boolean;
}

export const DEFAULT_MATCH_LIMIT = 100_000;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Lower-cased once per log, so each keystroke of a search only scans.
const lowerCache = new WeakMap<readonly string[], string[]>();
function lowerLines(lines: readonly string[]): string[] {
  let lowered = lowerCache.get(lines);
  if (!lowered) {
    lowered = lines.map((line) => line.toLowerCase());
    lowerCache.set(lines, lowered);
  }
  return lowered;
}

/** Case-insensitive search for `term` in every line, in order. An empty term matches nothing. */
export function searchLogLines(
  lines: readonly string[],
  term: string,
  limit = DEFAULT_MATCH_LIMIT,
): LogSearchResult {
  const matches: LogMatch[] = [];
  if (term === '') return { matches, truncated: false };
  const needle = term.toLowerCase();
  // Lower-casing can change a string's length (e.g. "İ"); such lines fall back to a regex so
  // ranges stay in the original's coordinates.
  const pattern = new RegExp(escapeRegExp(term), 'giu');
  const lowered = lowerLines(lines);
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line] as string;
    const lower = lowered[line] as string;
    if (lower.length === text.length && needle.length === term.length) {
      let from = lower.indexOf(needle);
      while (from !== -1) {
        if (matches.length === limit) return { matches, truncated: true };
        matches.push({ line, start: from, end: from + term.length });
        from = lower.indexOf(needle, from + Math.max(1, term.length));
      }
      continue;
    }
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ line, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return { matches, truncated: false };
}

/** Index of the first match on `line` or after it, or -1 (matches are sorted by line). */
export function firstMatchAtOrAfter(matches: readonly LogMatch[], line: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((matches[mid] as LogMatch).line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : -1;
}

/** The range of indexes into `matches` that fall on `line`: [from, to). */
export function matchesOnLine(matches: readonly LogMatch[], line: number): [number, number] {
  const from = firstMatchAtOrAfter(matches, line);
  if (from === -1) return [0, 0];
  let to = from;
  while (to < matches.length && (matches[to] as LogMatch).line === line) to++;
  return [from, to];
}
