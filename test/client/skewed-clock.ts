import { vi } from 'vitest';

/**
 * A user's clock that is off from the server's by `clientAheadMs` (negative: behind). `Date` is
 * frozen; while the emulator answers a request sent through `fetch`, it reads the server's time,
 * and the client reads its own time everywhere else. Requests must be sent one at a time.
 */
export function skewedClock(clientAheadMs: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  let serverNow = Date.now();
  const clientNow = () => serverNow + clientAheadMs;
  vi.setSystemTime(clientNow());

  const fetchOnServerTime: typeof fetch = async (input, init) => {
    vi.setSystemTime(serverNow);
    try {
      return await globalThis.fetch(input, init);
    } finally {
      vi.setSystemTime(clientNow());
    }
  };

  return {
    fetch: fetchOnServerTime,
    /** Moves both clocks forward. */
    advance(ms: number): void {
      serverNow += ms;
      vi.setSystemTime(clientNow());
    },
  };
}
