import ts from 'typescript';
import type { Snippet } from './snippets.js';

/** A file written for the type checker, with the README line each of its lines came from. */
export interface SnippetModule {
  fileName: string;
  lines: string[];
  /** README line of each line; null for lines the checker added (imports, givens, wrapper). */
  origins: (number | null)[];
  snippets: Snippet[];
}

/** The module names a given's types are looked up in, first match wins. */
export const TYPE_SOURCES = [
  'konan-react',
  'konan-react/emulator',
  'konan-react/emulator/msw',
  '@tanstack/react-query',
  'react',
];

export type ExportedNames = Map<string, Set<string>>;

const extension = (snippets: Snippet[]) => (snippets.some((s) => s.lang === 'tsx') ? 'tsx' : 'ts');

function codeLines(snippet: Snippet) {
  return snippet.lines.map((line, index) => ({ line, origin: snippet.firstLine + index }));
}

/** A whole module: the block as it is. */
export function moduleOf(snippet: Snippet): SnippetModule {
  const code = codeLines(snippet);
  return {
    fileName: `snippet-${snippet.fenceLine}.${snippet.lang}`,
    lines: code.map((c) => c.line),
    origins: code.map((c) => c.origin),
    snippets: [snippet],
  };
}

/** The run blocks, in order, as the one module they are executed as. */
export function runModuleOf(snippets: Snippet[]): SnippetModule {
  const code = snippets.flatMap(codeLines);
  return {
    fileName: `run-examples.${extension(snippets)}`,
    lines: code.map((c) => c.line),
    origins: code.map((c) => c.origin),
    snippets,
  };
}

/** How many of the block's first lines are import declarations (they move out of the wrapper). */
function leadingImportLines(snippet: Snippet): number {
  const text = snippet.lines.join('\n');
  const source = ts.createSourceFile('fragment.tsx', text, ts.ScriptTarget.Latest, true);
  let end = 0;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) break;
    end = source.getLineAndCharacterOfPosition(statement.getEnd()).line + 1;
  }
  return end;
}

/**
 * A fragment inside `export async function` with its givens declared as constants. The types a
 * given names are imported from the package (or React, TanStack Query) unless the block imports
 * them itself.
 */
export function fragmentModuleOf(snippet: Snippet, exported: ExportedNames): SnippetModule {
  const code = codeLines(snippet);
  const importCount = leadingImportLines(snippet);
  const imports = code.slice(0, importCount);
  const body = code.slice(importCount);
  const importedText = imports.map((c) => c.line).join('\n');

  const typeImports = new Map<string, string[]>();
  const names = new Set(snippet.given.join(';').match(/\b[A-Z]\w*\b/g) ?? []);
  for (const name of names) {
    if (new RegExp(`\\b${name}\\b`).test(importedText)) continue;
    const source = TYPE_SOURCES.find((module) => exported.get(module)?.has(name));
    if (source) typeImports.set(source, [...(typeImports.get(source) ?? []), name]);
  }

  const added = (line: string) => ({ line, origin: null });
  const all = [
    ...[...typeImports].map(([module, types]) =>
      added(`import type { ${types.join(', ')} } from '${module}';`),
    ),
    ...imports,
    ...snippet.given.map((given) => added(`declare const ${given};`)),
    added('export async function readmeFragment() {'),
    ...body,
    added('}'),
  ];
  return {
    fileName: `snippet-${snippet.fenceLine}.${snippet.lang}`,
    lines: all.map((c) => c.line),
    origins: all.map((c) => c.origin),
    snippets: [snippet],
  };
}
