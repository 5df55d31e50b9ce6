/**
 * Ports model servers usually cannot use: below 1024 a container needs root to listen, and the
 * Konan emulator refuses them (`exposed_port` error). Konan's own rule is *inferred* from the
 * emulator (konan-api.md says only that a port may be refused), so this warns and never blocks.
 */
export const LOWEST_USUAL_PORT = 1024;

/** The typed port is a whole number below 1024 (and above 0): worth a warning. */
export function isUnusualPort(value: string): boolean {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return false;
  const port = Number(text);
  return port >= 1 && port < LOWEST_USUAL_PORT;
}
