import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import {
  type ExportedNames,
  fragmentModuleOf,
  moduleOf,
  runModuleOf,
  type SnippetModule,
  TYPE_SOURCES,
} from './snippet-modules.js';
import type { ReadmeProblem, Snippet } from './snippets.js';

/** What a strict app on a bundler (Vite here, for `import.meta.env`) compiles the snippets with. */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  skipLibCheck: false,
  noUncheckedSideEffectImports: true,
  types: ['node', 'vite/client'],
  noEmit: true,
};

export interface TypecheckResult {
  /** Problems per snippet (by fence line). */
  bySnippet: Map<number, ReadmeProblem[]>;
  /** Errors in files that are not snippets: the package's declarations or the setup. */
  elsewhere: string[];
}

function exportedNames(
  dir: string,
  host: ts.CompilerHost,
): { names: ExportedNames; program: ts.Program } {
  const probe = join(dir, 'probe.ts');
  writeFileSync(
    probe,
    TYPE_SOURCES.map((module, index) => `import * as m${index} from '${module}';`).join('\n'),
  );
  const program = ts.createProgram([probe], OPTIONS, host);
  const checker = program.getTypeChecker();
  const names: ExportedNames = new Map();
  const source = program.getSourceFile(probe);
  source?.statements.forEach((statement, index) => {
    if (!ts.isImportDeclaration(statement)) return;
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    const exports = symbol ? checker.getExportsOfModule(symbol) : [];
    names.set(TYPE_SOURCES[index] ?? '', new Set(exports.map((e) => e.getName())));
  });
  return { names, program };
}

function flatten(message: string | ts.DiagnosticMessageChain): string {
  return ts.flattenDiagnosticMessageText(message, '\n    ');
}

/** Stylesheet imports must reach a real file through the package's `exports`. */
function checkStylesheets(dir: string, module: SnippetModule, report: (p: ReadmeProblem) => void) {
  const require = createRequire(join(dir, 'app.js'));
  module.lines.forEach((line, index) => {
    const specifier = /^\s*import\s+['"]([^'"]+\.css)['"]/.exec(line)?.[1];
    const origin = module.origins[index];
    if (!specifier || origin == null) return;
    let found: string | undefined;
    try {
      found = require.resolve(specifier);
    } catch {
      found = undefined;
    }
    if (!found || !existsSync(found)) {
      report({ line: origin, message: `'${specifier}' does not resolve to a file` });
    }
  });
}

export function typecheckSnippets(dir: string, snippets: Snippet[]): TypecheckResult {
  const host = ts.createCompilerHost(OPTIONS);
  const probe = exportedNames(dir, host);
  const modules = [
    ...snippets.filter((s) => s.kind === 'module').map(moduleOf),
    ...snippets.filter((s) => s.kind === 'fragment').map((s) => fragmentModuleOf(s, probe.names)),
  ];
  const run = snippets.filter((s) => s.kind === 'run');
  if (run.length > 0) modules.push(runModuleOf(run));

  const byPath = new Map<string, SnippetModule>();
  for (const module of modules) {
    const path = join(dir, module.fileName);
    writeFileSync(path, `${module.lines.join('\n')}\n`);
    byPath.set(path, module);
  }

  const bySnippet = new Map<number, ReadmeProblem[]>();
  const report = (snippet: Snippet, problem: ReadmeProblem) =>
    bySnippet.set(snippet.fenceLine, [...(bySnippet.get(snippet.fenceLine) ?? []), problem]);
  const snippetAt = (module: SnippetModule, line: number | null) =>
    line == null
      ? module.snippets[0]
      : module.snippets.find((s) => line >= s.firstLine && line < s.firstLine + s.lines.length);

  for (const module of modules) {
    checkStylesheets(dir, module, (problem) => {
      const snippet = snippetAt(module, problem.line);
      if (snippet) report(snippet, problem);
    });
  }

  const program = ts.createProgram([...byPath.keys()], OPTIONS, host, probe.program);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  const elsewhere: string[] = [];
  for (const diagnostic of diagnostics) {
    const text = `TS${diagnostic.code}: ${flatten(diagnostic.messageText)}`;
    const file = diagnostic.file;
    const module = file ? byPath.get(file.fileName) : undefined;
    if (!file || !module) {
      const where = file
        ? `${relative(dir, file.fileName)}:${file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : 'compiler options';
      elsewhere.push(`${where} ${text}`);
      continue;
    }
    const position = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const origin = module.origins[position.line] ?? null;
    const snippet = snippetAt(module, origin);
    if (!snippet) continue;
    const line = origin ?? snippet.markerLine ?? snippet.fenceLine;
    const column = origin == null ? '' : `:${position.character + 1}`;
    const added =
      origin == null ? ` (in the checker's wrapper: ${module.lines[position.line]?.trim()})` : '';
    report(snippet, { line, message: `${column ? `col ${column.slice(1)} ` : ''}${text}${added}` });
  }
  return { bySnippet, elsewhere };
}
