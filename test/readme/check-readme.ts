/**
 * README snippets are tests. Every ```ts and ```tsx block of README.md is type-checked against
 * the built package as an app imports it (`konan-react`, `konan-react/client`,
 * `konan-react/emulator`, `konan-react/emulator/msw`, `konan-react/styles.css`); the client
 * examples marked `<!-- snippet: run -->` are then executed against the emulator. Markers are
 * described in ./snippets.ts. Needs `dist/` (`npm run build`). Exits 1 on any failure.
 *
 *   npx tsx test/readme/check-readme.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConsumerDir, repoRoot } from './consumer-dir.js';
import { checkMirroredExample } from './mirrored-example.js';
import { runExamples } from './run-examples.js';
import { extractSnippets, type ReadmeProblem } from './snippets.js';
import { typecheckSnippets } from './typecheck-snippets.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const { snippets, problems } = extractSnippets(readme);

let passed = 0;
let failed = 0;
const fail = (title: string, found: ReadmeProblem[]) => {
  failed += 1;
  console.log(`FAIL ${title}`);
  for (const problem of found) console.log(`  README.md:${problem.line} ${problem.message}`);
};

for (const problem of problems) fail('snippet marker', [problem]);
const mirrored = checkMirroredExample(snippets);
if (mirrored.length > 0) fail('the "In tests" example and its test file', mirrored);
else {
  passed += 1;
  console.log('ok   the "In tests" example is test/emulator/readme-example.test.ts');
}

const consumer = createConsumerDir();
try {
  const checked = typecheckSnippets(consumer.dir, snippets);
  for (const snippet of snippets) {
    const title = `README.md:${snippet.fenceLine} ${snippet.lang} ${snippet.kind}`;
    if (snippet.kind === 'skip') {
      console.log(`skip ${title} (${snippet.reason})`);
      continue;
    }
    const found = checked.bySnippet.get(snippet.fenceLine) ?? [];
    if (found.length > 0) fail(title, found);
    else {
      passed += 1;
      console.log(`ok   ${title}`);
    }
  }
  if (checked.elsewhere.length > 0) {
    failed += 1;
    console.log('FAIL declarations the snippets load');
    for (const line of checked.elsewhere) console.log(`  ${line}`);
  }

  const run = snippets.filter((s) => s.kind === 'run');
  if (run.length > 0) {
    const title = `the ${run.length} run blocks, in order, against the emulator`;
    const found = await runExamples(consumer.dir, run);
    if (found.length > 0) fail(title, found);
    else {
      passed += 1;
      console.log(`ok   ${title}`);
    }
  }
} finally {
  consumer.remove();
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
