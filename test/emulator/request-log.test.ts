import { describe, expect, it } from 'vitest';
import { createKonanEmulator } from '../../src/emulator';
import { API, smallEmulator } from './helpers';

/** `count` unauthenticated GETs of /deployments/?n=i (each answers 401). */
async function send(emulator: ReturnType<typeof smallEmulator>, count: number, from = 0) {
  for (let i = from; i < from + count; i++) await emulator.fetch(`${API}/deployments/?n=${i}`);
}

describe('emulator request log', () => {
  it('keeps the last 1,000 requests by default, oldest dropped first', async () => {
    const emulator = smallEmulator();
    expect(emulator.options.requestLogLimit).toBe(1000);
    await send(emulator, 1_250);
    expect(emulator.requests).toHaveLength(1000);
    expect(emulator.requests[0]?.url).toBe(`${API}/deployments/?n=250`);
    expect(emulator.requests.at(-1)?.url).toBe(`${API}/deployments/?n=1249`);
    expect(emulator.countRequests({ method: 'GET' })).toBe(1000);
  });

  it('keeps as many as requestLogLimit says, and counts over what it keeps', async () => {
    const emulator = smallEmulator({ requestLogLimit: 3 });
    await send(emulator, 5);
    expect(emulator.requests.map((r) => r.url)).toEqual([
      `${API}/deployments/?n=2`,
      `${API}/deployments/?n=3`,
      `${API}/deployments/?n=4`,
    ]);
    expect(emulator.countRequests({ path: '/deployments/' })).toBe(3);
    const silent = smallEmulator({ requestLogLimit: 0 });
    await send(silent, 2);
    expect(silent.requests).toEqual([]);
  });

  it('refuses a requestLogLimit that is not a whole number', () => {
    expect(() => createKonanEmulator({ requestLogLimit: -1 })).toThrow(
      /requestLogLimit must be an integer >= 0, got -1/,
    );
    expect(() => createKonanEmulator({ requestLogLimit: 1.5 })).toThrow(/requestLogLimit/);
  });
});
