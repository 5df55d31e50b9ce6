import { join } from 'node:path';
import type { Check } from './check.js';
import { run } from './processes.js';

const repo = join(import.meta.dirname, '../..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

/** attw and publint on the packed tarball, i.e. on exactly what users install. */
export function tarballChecks(tarball: string): Check[] {
  return [
    {
      name: 'attw --profile esm-only (node16 from ESM, bundler) on the tarball',
      run: async () => {
        await run(
          bin('attw'),
          [
            tarball,
            '--profile',
            'esm-only',
            '--exclude-entrypoints',
            './styles.css',
            '--format',
            'ascii',
          ],
          { cwd: repo },
        );
        return undefined;
      },
    },
    {
      name: 'publint --strict on the tarball',
      run: async () => {
        const output = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: repo });
        return output.includes('All good') ? undefined : output.trim();
      },
    },
  ];
}
