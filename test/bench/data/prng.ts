import { createRandom } from '../../../src/emulator/prng';

/** The emulator's seeded generator (mulberry32), so every run generates the same rows and logs. */
export function createPrng(seed: number): () => number {
  return createRandom(seed).next;
}

/** A version-4-shaped uuid drawn from the PRNG. */
export function prngUuid(next: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(next() * 16).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
