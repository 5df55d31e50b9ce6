import { expect } from 'vitest';
import { isKonanError } from '../../src/client';

/** Every text an error shows when logged: its message, `String()`, JSON form and its causes'. */
function textsOf(error: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current)) {
    seen.add(current);
    texts.push(String(current));
    if (current instanceof Error) texts.push(current.message);
    try {
      texts.push(JSON.stringify(current) ?? '');
    } catch {
      // A cyclic value has no JSON form to leak through.
    }
    current = (current as { cause?: unknown }).cause;
  }
  return texts;
}

/** Asserts `error` is a KonanError and that no secret appears in any form it can be logged in. */
export function expectKonanErrorWithoutSecrets(error: unknown, secrets: readonly string[]): void {
  expect(isKonanError(error), `not a KonanError: ${String(error)}`).toBe(true);
  for (const text of textsOf(error)) {
    for (const secret of secrets) {
      expect(text.includes(secret), `"${secret}" appears in: ${text}`).toBe(false);
    }
  }
}

/** What a call rejected with (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected the call to reject'),
    (e: unknown) => e,
  );
}
