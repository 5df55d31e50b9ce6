import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/*
 * What each component costs, two ways. "Marginal": size-limit measures "KonanProvider +
 * <component>" and "KonanProvider" alone (esbuild, minified, gzipped; React and TanStack Query
 * excluded), and the difference is what the component costs the first time an app imports one.
 * "Own code": what the component adds to an app that already imports every other component not
 * built on it, so the code components share (error messages, states, schemas, formatters, the
 * time-window picker, chart parts) is already paid; that is what each further component costs a
 * dashboard. Both are differences of two bundles made the same way (esbuild, minified, gzip
 * level 9). Prints the tables the README shows. Budgets are enforced by size-limit itself
 * (`npm run size`); this only reports, marking the components above the 6 kB target.
 */

const TARGET_BYTES = 6_000;
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const root = resolve(import.meta.dirname, '../..');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

interface Bundle {
  gzip: number;
  inputs: Metafile['outputs'][string]['inputs'];
}

/** `names` from the package's entry, plus every export of the `files` given (paths in dist). */
async function bundle(names: readonly string[], files: readonly string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: {
      contents: [
        `export { ${names.join(', ')} } from './dist/index.js';`,
        ...files.map((file, at) => `export * as file${at} from './${file}';`),
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    external: EXTERNAL,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  if (!output || !meta) throw new Error(`esbuild made no bundle for ${names.join(', ')}`);
  return { gzip: gzipSync(output.contents, { level: 9 }).length, inputs: meta.inputs };
}

/** `ConnectedDeploymentsList` → `dist/components/deployments-list/connected-deployments-list.js`. */
function fileOf(component: string): string {
  const kebab = component.replace(
    /[A-Z]/g,
    (letter, at: number) => (at ? '-' : '') + letter.toLowerCase(),
  );
  return `dist/components/${kebab.replace(/^connected-/, '')}/${kebab}.js`;
}

/** Whether another component renders this one (its bundle holds the file that defines it). */
const embeds = (host: Bundle, component: string) => fileOf(component) in host.inputs;

const output = execFileSync('npx', ['size-limit', '--json'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const entries = JSON.parse(output) as { name: string; size: number }[];
const provider = entries.find((entry) => entry.name === 'KonanProvider');
if (!provider) throw new Error('size-limit has no "KonanProvider" entry');

const measured = entries
  .filter((entry) => entry.name.startsWith('KonanProvider + '))
  .map((entry) => ({
    component: entry.name.slice('KonanProvider + '.length),
    total: entry.size,
    marginal: entry.size - provider.size,
  }));
const components = measured.map((row) => row.component);
const alone = new Map<string, Bundle>();
for (const component of components)
  alone.set(component, await bundle(['KonanProvider', component]));

const rows = [];
for (const row of measured) {
  const others = components.filter(
    (other) => other !== row.component && !embeds(alone.get(other) as Bundle, row.component),
  );
  const embeddedIn = components.filter(
    (other) => other !== row.component && !others.includes(other),
  );
  const without = await bundle(['KonanProvider', ...others]);
  const withIt = await bundle(['KonanProvider', ...others, row.component]);
  rows.push({ ...row, own: withIt.gzip - without.gzip, embeddedIn });
}
rows.sort((a, b) => b.marginal - a.marginal);

const everything = await bundle(['KonanProvider', ...components]);
const providerAlone = await bundle(['KonanProvider']);
const ownTotal = rows
  .filter((row) => row.embeddedIn.length === 0)
  .reduce((sum, row) => sum + row.own, 0);

const met = (bytes: number) => (bytes <= TARGET_BYTES ? 'met' : 'over');
console.log(`KonanProvider alone: ${kB(provider.size)}\n`);
console.log('| component | with the provider | marginal cost | 6 kB | own code | 6 kB |');
console.log('| --- | ---: | ---: | --- | ---: | --- |');
for (const row of rows) {
  const inside = row.embeddedIn.length ? ` (inside ${row.embeddedIn.join(', ')})` : '';
  console.log(
    `| \`${row.component}\`${inside} | ${kB(row.total)} | ${kB(row.marginal)} | ${met(row.marginal)} | ${kB(row.own)} | ${met(row.own)} |`,
  );
}
const all = everything.gzip - providerAlone.gzip;
console.log(
  `\nEvery component together: ${kB(all)} over the provider, of which ${kB(ownTotal)} is the own ` +
    `code of the components no other one embeds and ${kB(all - ownTotal)} is shared.`,
);

// Would counting the code most components share in the provider's entry meet the target? The
// files (beyond the provider's) that at least `reach` of the entries bundle, bundled with the
// provider, and each marginal cost without them.
for (const reach of [12, 10]) {
  const files = new Map<string, number>();
  for (const one of alone.values()) {
    for (const file of Object.keys(one.inputs)) {
      if (file.startsWith('dist/') && !(file in providerAlone.inputs)) {
        files.set(file, (files.get(file) ?? 0) + 1);
      }
    }
  }
  const shared = [...files].filter(([, entries]) => entries >= reach).map(([file]) => file);
  const floor = (await bundle(['KonanProvider'], shared)).gzip - providerAlone.gzip;
  const stillOver = rows.filter((row) => row.marginal - floor > TARGET_BYTES).length;
  console.log(
    `The ${shared.length} files that ${reach} or more of the ${rows.length} entries bundle weigh ` +
      `${kB(floor)}; counted in the provider, ${stillOver} of ${rows.length} components would ` +
      'still cost more than 6 kB.',
  );
}
