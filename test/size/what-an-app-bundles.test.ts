import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/*
 * What a bundler keeps of konan-react for a given import: the README promises that an app pays
 * only for the endpoints it calls and that no chart, no emulator and no d3 comes with components
 * that do not draw one. esbuild bundles src (as an app's bundler would the package) and the test
 * reads which modules ended up in the output.
 */
const root = resolve(import.meta.dirname, '../..');

async function bundledModules(names: string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './src/index.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: resolve(root, 'dist-bundle-check'),
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const kept: string[] = [];
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput > 0) kept.push(path.replace(/^.*node_modules\//, 'node_modules/'));
    }
  }
  return kept;
}

const endpointModules = (modules: string[]) =>
  modules
    .filter((path) =>
      /^src\/client\/(deployments|models|predictions|evaluate|predict|feedbacks)\.ts$/.test(path),
    )
    .map((path) => path.slice('src/client/'.length, -'.ts'.length))
    .sort();

describe('what an app bundles', () => {
  it('the deployments list brings the deployments and models endpoints, not evaluation or predictions', async () => {
    const modules = await bundledModules(['KonanProvider', 'ConnectedDeploymentsList']);
    expect(endpointModules(modules)).toEqual(['deployments', 'models']);
  });

  it('usePrediction brings the predict endpoint alone', async () => {
    const modules = await bundledModules(['KonanProvider', 'usePrediction']);
    expect(endpointModules(modules)).toEqual(['predict']);
  });

  it('components that draw no chart bring no d3, no chart code and no emulator', async () => {
    const modules = await bundledModules([
      'KonanProvider',
      'ConnectedDeploymentsList',
      'ConnectedLoginForm',
      'ConnectedPredictionsTable',
      'ConnectedFeedbackUploader',
      'ConnectedModelsPanel',
    ]);
    expect(
      modules.filter((path) =>
        /node_modules\/d3-|src\/components\/shared\/chart\/|src\/emulator\//.test(path),
      ),
    ).toEqual([]);
  });
});
