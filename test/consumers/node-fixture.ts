import { join } from 'node:path';
import { assert, type Fixture } from './check.js';
import { run } from './processes.js';

export const nodeFixture: Fixture = {
  name: 'node-nodenext',
  sources: ['node-nodenext'],
  // React, TanStack Query and msw are optional peers: a plain install brings none of them, and
  // the client and the emulator work without them.
  checks: (dir) => [
    {
      name: 'node-nodenext: tsc 5.9 (nodenext, skipLibCheck false) types client and emulator',
      run: async () => {
        await run(join(dir, 'node_modules/typescript/bin/tsc'), ['-p', '.'], { cwd: dir });
        return undefined;
      },
    },
    {
      name: 'node-nodenext: tsc 7 --noEmit (noUncheckedSideEffectImports on)',
      run: async () => {
        const tsc = join(dir, 'node_modules/typescript7/bin/tsc');
        const version = (await run(tsc, ['--version'], { cwd: dir })).trim();
        assert(version.includes(' 7.'), `typescript7 is ${version}, not TypeScript 7`);
        await run(tsc, ['-p', '.', '--noEmit'], { cwd: dir });
        return version;
      },
    },
    {
      name: 'node-nodenext: serves the emulator and logs in without React or msw',
      run: async () => {
        const output = await run(process.execPath, ['dist/main.js'], { cwd: dir });
        const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
          deployments?: string[];
          fetchStatus?: number;
        };
        const names = result.deployments ?? [];
        assert(names.includes('Loan approval'), `The demo deployments were not listed:\n${output}`);
        assert(result.fetchStatus === 200, `emulator.fetch login answered ${result.fetchStatus}`);
        return `deployments: ${names.join(', ')}`;
      },
    },
    {
      name: "node-nodenext: require('konan-react/client') from a .cjs file",
      run: async () => {
        await run(process.execPath, ['src/check-require.cjs'], { cwd: dir });
        return undefined;
      },
    },
  ],
};
