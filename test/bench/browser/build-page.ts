import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * Builds the bench page (production React, minified unless `minify` is false, for a profile that
 * names functions) into a fresh temporary folder.
 */
export async function buildBenchPage({ minify = true } = {}): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'konan-bench-'));
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, '../page'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify },
  });
  return outDir;
}
