import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** What an app that uses the README's snippets has installed, next to konan-react itself. */
const INSTALLED = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  '@types/node',
  '@tanstack/react-query',
  'msw',
  'vitest',
  'vite',
];

/**
 * A directory laid out as an app depending on konan-react: `node_modules/konan-react` links to
 * this repository, so imports go through its `exports` into `dist/`, as an installed copy's do.
 */
export function createConsumerDir(): { dir: string; remove(): void } {
  if (!existsSync(join(repoRoot, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first, then `npm run test:readme`.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'konan-readme-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "readme-app", "type": "module" }\n');
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@types'), { recursive: true });
  mkdirSync(join(modules, '@tanstack'), { recursive: true });
  symlinkSync(repoRoot, join(modules, 'konan-react'), 'dir');
  for (const name of INSTALLED) {
    const target = join(repoRoot, 'node_modules', name);
    if (!existsSync(target)) throw new Error(`${name} is not installed here: run \`npm ci\`.`);
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), 'dir');
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
