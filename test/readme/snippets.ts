/**
 * The README's ```ts and ```tsx blocks, with the marker that may precede each one:
 *
 *   <!-- snippet: fragment, given: uuid: string; predictionUuid: string -->
 *   <!-- snippet: run -->
 *   <!-- snippet: skip (why it is not code for users) -->
 *
 * No marker: the block is a whole module. `fragment`: a function body, checked with the givens
 * declared. `run`: one of the client examples executed in order against the emulator. The marker
 * must end on the last non-blank line before the fence and may span several lines.
 */

export type SnippetKind = 'module' | 'fragment' | 'run' | 'skip';

export interface Snippet {
  lang: 'ts' | 'tsx';
  kind: SnippetKind;
  /** `name: Type` declarations the fragment assumes. */
  given: string[];
  reason?: string;
  /** 1-based README line of the fence (and of the marker's start, when there is one). */
  fenceLine: number;
  markerLine?: number;
  /** 1-based README line of the first code line. */
  firstLine: number;
  /** Code lines, the fence's indentation removed. */
  lines: string[];
}

export interface ReadmeProblem {
  line: number;
  message: string;
}

const FENCE = /^(\s*)(`{3,})\s*([\w-]*)/;
const MARKER = /^<!--\s*snippet:([\s\S]*?)-->$/;
const MARKER_BODY = /^\s*(fragment|run|skip)\s*(?:\(([^)]*)\))?\s*(?:,\s*given:([\s\S]*))?$/;

/** Splits `a: string; b: { x: number; y: number }` on the semicolons outside brackets. */
export function splitGiven(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let previous = '';
  for (const char of text) {
    if ('{([<'.includes(char)) depth += 1;
    if ('})]'.includes(char) || (char === '>' && previous !== '=')) depth -= 1;
    previous = char;
    if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part !== '');
}

interface Marker {
  line: number;
  kind: Exclude<SnippetKind, 'module'>;
  given: string[];
  reason?: string;
}

function parseMarker(text: string, line: number, problems: ReadmeProblem[]): Marker | undefined {
  const body = MARKER.exec(text.trim())?.[1];
  if (body === undefined) return undefined;
  const match = MARKER_BODY.exec(body);
  if (!match) {
    problems.push({
      line,
      message: `unreadable snippet marker "${text.trim()}": write "snippet: fragment", "snippet: fragment, given: name: Type; …", "snippet: run" or "snippet: skip (reason)"`,
    });
    return undefined;
  }
  const kind = match[1] as Marker['kind'];
  const reason = match[2]?.trim();
  const given = splitGiven(match[3] ?? '');
  if (kind === 'skip' && !reason) {
    problems.push({ line, message: 'a skipped snippet says why: "snippet: skip (reason)"' });
  }
  if (kind !== 'fragment' && given.length > 0) {
    problems.push({ line, message: `only a fragment has givens, not a "${kind}" snippet` });
  }
  return { line, kind, given, ...(reason ? { reason } : {}) };
}

/** The marker whose comment ends on the last non-blank line before `fenceIndex` (0-based). */
function markerBefore(
  lines: string[],
  fenceIndex: number,
  problems: ReadmeProblem[],
): Marker | undefined {
  let end = fenceIndex - 1;
  while (end >= 0 && lines[end]?.trim() === '') end -= 1;
  if (end < 0 || !lines[end]?.trim().endsWith('-->')) return undefined;
  let start = end;
  while (start > 0 && !lines[start]?.includes('<!--')) start -= 1;
  const text = lines.slice(start, end + 1).join('\n');
  return parseMarker(text, start + 1, problems);
}

export function extractSnippets(markdown: string): {
  snippets: Snippet[];
  problems: ReadmeProblem[];
} {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  const problems: ReadmeProblem[] = [];
  const usedMarkers = new Set<number>();
  const inCode = new Set<number>();

  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', ticks = '```', lang = ''] = open;
    let close = index + 1;
    while (close < lines.length && !new RegExp(`^\\s*${ticks}\\s*$`).test(lines[close] ?? '')) {
      close += 1;
    }
    if (close >= lines.length) {
      problems.push({ line: index + 1, message: 'this code block is never closed' });
      break;
    }
    for (let line = index + 1; line <= close + 1; line += 1) inCode.add(line);
    const marker = markerBefore(lines, index, problems);
    if (lang === 'ts' || lang === 'tsx') {
      if (marker) usedMarkers.add(marker.line);
      snippets.push({
        lang,
        kind: marker?.kind ?? 'module',
        given: marker?.given ?? [],
        ...(marker?.reason ? { reason: marker.reason } : {}),
        fenceLine: index + 1,
        ...(marker ? { markerLine: marker.line } : {}),
        firstLine: index + 2,
        lines: lines
          .slice(index + 1, close)
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())),
      });
    } else if (marker) {
      usedMarkers.add(marker.line);
      problems.push({
        line: marker.line,
        message: `a snippet marker only applies to a ts or tsx block, not to \`\`\`${lang || '(no language)'}`,
      });
    }
    index = close;
  }

  lines.forEach((line, index) => {
    const number = index + 1;
    if (/^\s*<!--\s*snippet:/.test(line) && !inCode.has(number) && !usedMarkers.has(number)) {
      problems.push({
        line: number,
        message: 'this snippet marker is not right before a code block',
      });
    }
  });
  return { snippets, problems };
}
