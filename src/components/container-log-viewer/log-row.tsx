import { memo } from 'react';
import { type AnsiSegment, type AnsiStyle, hasAnsi, parseAnsiLine } from './ansi.js';
import { highlightSegments, type MarkRange } from './highlight.js';
import type { LogMatch } from './search-log.js';

/** Lines longer than this are cut for display (search and copy still see all of it). */
export const MAX_RENDERED_CHARS = 10_000;

/** Classes for a style. Colours are palette indexes, themed by the viewer's stylesheet. */
export function ansiClassName(style: AnsiStyle | null): string | undefined {
  if (!style) return undefined;
  const classes: string[] = [];
  let fg = style.fg === undefined ? undefined : `konan-container-log-viewer-fg${style.fg}`;
  let bg = style.bg === undefined ? undefined : `konan-container-log-viewer-bg${style.bg}`;
  if (style.inverse) {
    // Backgrounds are dark tints of the palette, so a swap keeps text readable.
    const swappedFg =
      style.bg === undefined
        ? 'konan-container-log-viewer-fg-inverse'
        : `konan-container-log-viewer-fg${style.bg}`;
    bg =
      style.fg === undefined
        ? 'konan-container-log-viewer-bg-inverse'
        : `konan-container-log-viewer-bg${style.fg}`;
    fg = swappedFg;
  }
  if (fg) classes.push(fg);
  else if (style.dim) classes.push('konan-container-log-viewer-dim');
  if (bg) classes.push(bg);
  if (style.bold) classes.push('konan-container-log-viewer-bold');
  if (style.italic) classes.push('konan-container-log-viewer-italic');
  if (style.underline) classes.push('konan-container-log-viewer-underline');
  if (style.strike) classes.push('konan-container-log-viewer-strike');
  return classes.length > 0 ? classes.join(' ') : undefined;
}

function cut(segments: AnsiSegment[], max: number): AnsiSegment[] {
  const kept: AnsiSegment[] = [];
  let left = max;
  for (const segment of segments) {
    if (left <= 0) break;
    kept.push(
      segment.text.length > left ? { ...segment, text: segment.text.slice(0, left) } : segment,
    );
    left -= segment.text.length;
  }
  return kept;
}

export interface LogRowProps {
  index: number;
  top: number;
  raw: string;
  plainLength: number;
  startStyle: AnsiStyle | undefined;
  lineNumber: string;
  matches: readonly LogMatch[];
  /** Indexes into `matches` on this line: [from, to). */
  matchFrom: number;
  matchTo: number;
  /** Index of the current match if it is on this line, else -1. */
  current: number;
  lineCut: (hidden: number) => string;
}

/** One virtualized line: its number and its styled, highlighted text. */
export const LogRow = memo(function LogRow({
  index,
  top,
  raw,
  plainLength,
  startStyle,
  lineNumber,
  matches,
  matchFrom,
  matchTo,
  current,
  lineCut,
}: LogRowProps) {
  let segments: AnsiSegment[] =
    startStyle || hasAnsi(raw)
      ? parseAnsiLine(raw, startStyle ?? null).segments
      : [{ text: raw, style: null }];
  const isCut = plainLength > MAX_RENDERED_CHARS;
  if (isCut) segments = cut(segments, MAX_RENDERED_CHARS);
  const ranges: MarkRange[] = [];
  for (let m = matchFrom; m < matchTo; m++) {
    const match = matches[m] as LogMatch;
    ranges.push({ start: match.start, end: match.end, current: m === current });
  }
  const pieces = highlightSegments(segments, ranges);
  return (
    <div
      className={'konan-container-log-viewer-line'}
      data-index={index}
      data-current={current !== -1 ? true : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span className={'konan-container-log-viewer-number'}>{lineNumber}</span>
      <span className={'konan-container-log-viewer-text'}>
        {pieces.map((piece, i) => {
          // Inside a match the highlight's own colours win, so the text stays readable.
          if (piece.mark) {
            return (
              <mark
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces have no identity but their order.
                key={i}
                className={
                  piece.mark === 'current'
                    ? 'konan-container-log-viewer-current'
                    : 'konan-container-log-viewer-match'
                }
                data-current={piece.mark === 'current' ? true : undefined}
              >
                {piece.text}
              </mark>
            );
          }
          const className = ansiClassName(piece.style);
          return className ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces have no identity but their order.
            <span key={i} className={className}>
              {piece.text}
            </span>
          ) : (
            piece.text
          );
        })}
        {isCut ? (
          <span className={'konan-container-log-viewer-cut'}>
            {lineCut(plainLength - MAX_RENDERED_CHARS)}
          </span>
        ) : null}
      </span>
    </div>
  );
});
