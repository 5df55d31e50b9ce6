/**
 * Consumer apps: packs konan-react, installs the tarball in small apps outside the repository
 * (so nothing resolves from its node_modules) and checks what a user would do with it.
 * `npx tsx test/consumers/run.ts [fixture names...]`; prints one line per check.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import type { Check, Fixture } from './check.js';
import { nextFixture } from './next-fixture.js';
import { nodeFixture } from './node-fixture.js';
import { run } from './processes.js';
import { tarballChecks } from './tarball-checks.js';
import { viteFixture } from './vite-fixture.js';

const here = import.meta.dirname;
const repo = join(here, '../..');
const fixtures: Fixture[] = [
  viteFixture('vite-react19'),
  viteFixture('vite-react18'),
  nextFixture,
  nodeFixture,
];

let passed = 0;
let failed = 0;

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function report(check: Check): Promise<boolean> {
  const began = performance.now();
  try {
    const detail = await check.run();
    passed++;
    console.log(`ok    ${check.name} (${seconds(began)})${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAIL  ${check.name} (${seconds(began)}): ${message}`);
    return false;
  }
}

/** A folder outside the repository with no node_modules above it. */
async function workDir(): Promise<string> {
  const dir = join(tmpdir(), 'konan-react-consumers');
  for (let up = dirname(dir); up !== parse(up).root; up = dirname(up)) {
    if (existsSync(join(up, 'node_modules'))) {
      throw new Error(`${up} has a node_modules folder, which the fixtures would resolve from.`);
    }
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

async function distIsStale(): Promise<boolean> {
  const built = await stat(join(repo, 'dist/types/index.d.ts')).catch(() => undefined);
  if (!built) return true;
  const files = await readdir(join(repo, 'src'), { recursive: true, withFileTypes: true });
  for (const file of files) {
    if (!file.isFile()) continue;
    if ((await stat(join(file.parentPath, file.name))).mtimeMs > built.mtimeMs) return true;
  }
  return false;
}

async function install(fixture: Fixture, dir: string, tarball: string): Promise<void> {
  for (const source of fixture.sources) await cp(join(here, source), dir, { recursive: true });
  await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir });
  await run('npm', ['install', '--no-save', '--prefer-offline', tarball], { cwd: dir });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = only.length ? fixtures.filter((f) => only.includes(f.name)) : fixtures;
  if (only.length && chosen.length !== only.length) {
    console.error(`Fixtures: ${fixtures.map((f) => f.name).join(', ')}`);
    process.exit(2);
  }
  const work = await workDir();
  if (await distIsStale()) {
    await report({
      name: 'npm run build (dist/ was missing or older than src/)',
      run: async () => void (await run('npm', ['run', 'build'], { cwd: repo })),
    });
  }
  let tarball = '';
  await report({
    name: 'npm pack',
    run: async () => {
      const out = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo });
      const [{ filename }] = JSON.parse(out.slice(out.indexOf('['))) as [{ filename: string }];
      tarball = join(work, filename);
      return tarball;
    },
  });
  if (!tarball) return;
  for (const check of tarballChecks(tarball)) await report(check);

  // Installs are mostly waiting on disk and network: all at once, then the checks one by one.
  const installed = await Promise.all(
    chosen.map(async (fixture) => {
      const dir = join(work, fixture.name);
      const ok = await report({
        name: `${fixture.name}: npm ci, then the tarball`,
        run: async () => void (await install(fixture, dir, tarball)),
      });
      return { fixture, dir, ok };
    }),
  );
  for (const { fixture, dir, ok } of installed) {
    let blocked = ok ? '' : 'its install failed';
    for (const check of fixture.checks(dir)) {
      if (blocked) {
        failed++;
        console.log(`FAIL  ${check.name}: not run, ${blocked}`);
      } else if (!(await report(check))) blocked = `"${check.name}" failed`;
    }
  }
}

const began = performance.now();
await main().catch((error: unknown) => {
  failed++;
  console.log(`FAIL  runner: ${error instanceof Error ? error.message : String(error)}`);
});
console.log(`${passed} passed, ${failed} failed (${seconds(began)})`);
process.exitCode = failed > 0 ? 1 : 0;
