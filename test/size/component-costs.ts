import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/*
 * What each component costs an app that already has the provider: size-limit measures
 * "KonanProvider + <component>" and "KonanProvider" alone (esbuild, minified, gzipped; React and
 * TanStack Query excluded), and the difference is the component's marginal cost. Prints the table
 * the README shows. Budgets are enforced by size-limit itself (`npm run size`); this only reports,
 * marking the components above the 6 kB target.
 */

const TARGET_BYTES = 6_000;
const root = resolve(import.meta.dirname, '../..');
const output = execFileSync('npx', ['size-limit', '--json'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const entries = JSON.parse(output) as { name: string; size: number }[];
const provider = entries.find((entry) => entry.name === 'KonanProvider');
if (!provider) throw new Error('size-limit has no "KonanProvider" entry');

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = entries
  .filter((entry) => entry.name.startsWith('KonanProvider + '))
  .map((entry) => ({
    component: entry.name.slice('KonanProvider + '.length),
    total: entry.size,
    marginal: entry.size - provider.size,
  }))
  .sort((a, b) => b.marginal - a.marginal);

console.log(`KonanProvider alone: ${kB(provider.size)}\n`);
console.log('| component | with the provider | marginal cost | 6 kB target |');
console.log('| --- | ---: | ---: | --- |');
for (const row of rows) {
  const met = row.marginal <= TARGET_BYTES ? 'met' : 'over';
  console.log(`| \`${row.component}\` | ${kB(row.total)} | ${kB(row.marginal)} | ${met} |`);
}
