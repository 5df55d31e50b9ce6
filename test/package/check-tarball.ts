import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';

/*
 * Checks on what `npm pack` ships, file by file (run after `npm run build`): the stylesheet holds
 * the base tokens and every component's rules, modules that use React state start with
 * "use client" and the rest do not, declarations import no CSS and only files that ship, and every
 * source map points at files that ship. The consumer apps (test/consumers) check the effects in
 * real apps; this names the file that is wrong.
 */

const root = resolve(import.meta.dirname, '../..');
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
) as { files: { path: string }[] }[];
const shipped = new Set(packed[0]?.files.map((file) => normalize(file.path)) ?? []);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const files = [...shipped];

let passed = 0;
let failed = 0;
function check(name: string, problems: string[]) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}\n${problems.map((p) => `       ${p}`).join('\n')}`);
  }
}

const styles = shipped.has('dist/styles.css') ? read('dist/styles.css') : '';
check('dist/styles.css ships with the base tokens and no unresolved @import', [
  ...(styles ? [] : ['dist/styles.css is not in the tarball']),
  ...(/--konan-accent\s*:/.test(styles) ? [] : ['no --konan-accent definition']),
  ...(/@import/.test(styles) ? ['an @import is left in it'] : []),
]);

const componentSheets = execFileSync('git', ['ls-files', 'src/components/**/*.css'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
check(
  `dist/styles.css holds the rules of all ${componentSheets.length} component sheets`,
  componentSheets.flatMap((sheet) => {
    const selector = /^\s*(\.[a-z][\w-]*)/m.exec(read(sheet))?.[1];
    return selector && !styles.includes(selector) ? [`${sheet}: ${selector} is missing`] : [];
  }),
);

const modules = files.filter((path) => path.startsWith('dist/') && path.endsWith('.js'));
const usesReact = (code: string) => /from\s*["']react(\/jsx-runtime)?["']/.test(code);
const startsWithUseClient = (code: string) => /^["']use client["'];/.test(code);
check(
  'every module that imports React starts with "use client"',
  modules.filter((path) => usesReact(read(path)) && !startsWithUseClient(read(path))),
);
check(
  'the client, the emulator, konanQueries (and each of its queries) and konanKeys have no "use client"',
  modules
    .filter((path) =>
      /^dist\/(client|emulator)\/|\/query\/(konan-(queries|keys)|[a-z]+-query)\.js$/.test(path),
    )
    .filter((path) => startsWithUseClient(read(path))),
);

const declarations = files.filter((path) => path.endsWith('.d.ts'));
check(
  `${declarations.length} declaration files import only shipped .js/.d.ts siblings, and no CSS`,
  declarations.flatMap((path) =>
    [...read(path).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']*)["']/g)].flatMap(([, spec]) => {
      if (!spec) return [];
      if (spec.endsWith('.css')) return [`${path}: imports ${spec}`];
      const target = normalize(join(dirname(path), spec.replace(/\.js$/, '.d.ts')));
      if (!spec.endsWith('.js')) return [`${path}: ${spec} has no .js extension`];
      return shipped.has(target) ? [] : [`${path}: ${spec} does not ship`];
    }),
  ),
);

const maps = files.filter((path) => path.endsWith('.map'));
check(
  `${maps.length} source maps point only at files that ship`,
  maps.flatMap((path) => {
    const map = JSON.parse(read(path)) as { sources: string[]; sourceRoot?: string };
    return map.sources
      .map((source) => normalize(join(dirname(path), map.sourceRoot ?? '', source)))
      .filter((source) => !shipped.has(source))
      .map((source) => `${path}: ${source}`);
  }),
);

console.log(`\ntarball: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
