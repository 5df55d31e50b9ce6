import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './consumer-dir.js';
import type { ReadmeProblem, Snippet } from './snippets.js';

const TEST_FILE = 'test/emulator/readme-example.test.ts';

/** The package paths the README imports, for the source paths the test imports. */
const AS_PUBLISHED: [string, string][] = [
  ["'../../src/client'", "'konan-react/client'"],
  ["'../../src/emulator/msw'", "'konan-react/emulator/msw'"],
  ["'../../src/emulator'", "'konan-react/emulator'"],
];

/**
 * The README's "In tests" example must be the file the repository runs, apart from its import
 * paths and its opening comment.
 */
export function checkMirroredExample(snippets: Snippet[]): ReadmeProblem[] {
  const snippet = snippets.find((s) =>
    s.lines.some((l) => l.includes('setupServer(...konanHandlers')),
  );
  if (!snippet) return [{ line: 1, message: `no README block matches ${TEST_FILE}` }];
  let test = readFileSync(join(repoRoot, TEST_FILE), 'utf8');
  for (const [source, published] of AS_PUBLISHED) test = test.replaceAll(source, published);
  const testLines = test.trimEnd().split('\n');
  while (testLines[0]?.startsWith('//')) testLines.shift();
  const index = snippet.lines.findIndex((line, i) => line !== testLines[i]);
  if (index === -1 && snippet.lines.length === testLines.length) return [];
  const at = index === -1 ? Math.min(snippet.lines.length, testLines.length) : index;
  return [
    {
      line: snippet.firstLine + at,
      message: `differs from ${TEST_FILE}: README "${snippet.lines[at] ?? '(end)'}", test "${testLines[at] ?? '(end)'}"`,
    },
  ];
}
