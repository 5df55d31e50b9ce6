import { createPrng, prngUuid } from './prng';

const ESC = '\u001b[';
const RESET = `${ESC}0m`;
const levels = [
  { name: 'INFO ', colour: `${ESC}32m`, weight: 0.72 },
  { name: 'DEBUG', colour: `${ESC}2m`, weight: 0.12 },
  { name: 'WARN ', colour: `${ESC}33m`, weight: 0.1 },
  { name: 'ERROR', colour: `${ESC}1;31m`, weight: 0.06 },
] as const;
const routes = ['/predict', '/healthz', '/metrics', '/feedback', '/models/reload'];
const traceback = [
  'Traceback (most recent call last):',
  '  File "/app/server.py", line 88, in predict',
  '    features = preprocess(payload)',
  '  File "/app/preprocess.py", line 41, in preprocess',
  "    raise ValueError(f'missing feature: {name}')",
  `${ESC}31mValueError: missing feature: income${RESET}`,
];

function pickLevel(roll: number): (typeof levels)[number] {
  let left = roll;
  for (const level of levels) {
    left -= level.weight;
    if (left < 0) return level;
  }
  return levels[0];
}

/**
 * A deterministic container log of about `bytes` characters (ASCII, so bytes too): timestamped
 * request lines with coloured levels, tracebacks, and progress bars redrawn with `\r`.
 */
export function generateAnsiLog(bytes: number, seed = 10): string {
  const next = createPrng(seed);
  const parts: string[] = [];
  let size = 0;
  let clock = Date.UTC(2025, 0, 1);
  const push = (line: string) => {
    parts.push(line);
    size += line.length + 1;
  };
  while (size < bytes) {
    clock += Math.floor(next() * 250);
    const stamp = new Date(clock).toISOString();
    const roll = next();
    if (roll < 0.004) {
      for (const line of traceback) push(line);
      continue;
    }
    if (roll < 0.006) {
      let bar = '';
      for (let p = 0; p <= 100; p += 25) bar += `\rDownloading weights ${p}% ${'#'.repeat(p / 5)}`;
      push(`${ESC}36m${bar}${RESET}`);
      continue;
    }
    const level = pickLevel(next());
    const route = routes[Math.floor(next() * routes.length)];
    const worker = Math.floor(next() * 8);
    const ms = Math.floor(next() * 400);
    push(
      `${stamp} ${level.colour}${level.name}${RESET} [worker-${worker}] ${ESC}1mPOST${RESET} ${route} ` +
        `answered in ${ms} ms (request ${prngUuid(next)})`,
    );
  }
  return parts.join('\n');
}
