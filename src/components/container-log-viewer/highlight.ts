import type { AnsiSegment, AnsiStyle } from './ansi.js';

export type MarkKind = 'match' | 'current' | null;

export interface HighlightPiece {
  text: string;
  style: AnsiStyle | null;
  mark: MarkKind;
}

export interface MarkRange {
  start: number;
  end: number;
  current: boolean;
}

/**
 * Cut styled segments at the boundaries of the search matches, so each piece has one style and
 * is either inside a match (current or not) or outside every match. Ranges are in plain-text
 * coordinates, sorted and non-overlapping.
 */
export function highlightSegments(
  segments: readonly AnsiSegment[],
  ranges: readonly MarkRange[],
): HighlightPiece[] {
  if (ranges.length === 0) return segments.map((s) => ({ ...s, mark: null }));
  const pieces: HighlightPiece[] = [];
  let offset = 0;
  let r = 0;
  for (const segment of segments) {
    const segStart = offset;
    const segEnd = offset + segment.text.length;
    let cursor = segStart;
    while (cursor < segEnd) {
      while (r < ranges.length && (ranges[r] as MarkRange).end <= cursor) r++;
      const range = ranges[r];
      if (!range || range.start >= segEnd) {
        pieces.push({
          text: segment.text.slice(cursor - segStart),
          style: segment.style,
          mark: null,
        });
        cursor = segEnd;
      } else if (range.start > cursor) {
        pieces.push({
          text: segment.text.slice(cursor - segStart, range.start - segStart),
          style: segment.style,
          mark: null,
        });
        cursor = range.start;
      } else {
        const end = Math.min(range.end, segEnd);
        pieces.push({
          text: segment.text.slice(cursor - segStart, end - segStart),
          style: segment.style,
          mark: range.current ? 'current' : 'match',
        });
        cursor = end;
      }
    }
    offset = segEnd;
  }
  return pieces;
}
