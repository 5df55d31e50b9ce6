import { describe, expect, it } from 'vitest';
import { setupEmulator } from './harness';
import { skewedClock } from './skewed-clock';

const { emulator, newClient } = setupEmulator({
  accessTtlSeconds: 300,
  refreshTtlSeconds: 3600,
  predictionsPerDeployment: 0,
});
const REFRESH = { method: 'POST', path: '/api/auth/token/refresh/' };
const MODELS = { path: /\/models\/$/ };
const MINUTE = 60_000;

async function loggedInWith(clock: ReturnType<typeof skewedClock>) {
  const client = newClient({ fetch: clock.fetch });
  await client.login({ email: emulator.account.email, password: emulator.account.password });
  emulator.clearRequests();
  return client;
}

describe('a user clock that differs from the server clock', () => {
  it('does not refresh before every call when the user clock is 10 minutes ahead', async () => {
    const clock = skewedClock(10 * MINUTE);
    const client = await loggedInWith(clock);
    for (let call = 0; call < 5; call++) {
      await client.listModels(emulator.demo.classifier);
      clock.advance(20_000);
    }
    expect(emulator.countRequests(MODELS)).toBe(5);
    expect(emulator.countRequests(REFRESH)).toBeLessThanOrEqual(1);
  });

  it('still refreshes before the server expires the token when the user clock is ahead', async () => {
    const clock = skewedClock(10 * MINUTE);
    const client = await loggedInWith(clock);
    clock.advance(290_000); // 10 s before expiry on the server's clock
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.requests.every((r) => r.status < 400)).toBe(true);
  });

  it('refreshes before the server expires the token when the user clock is 10 minutes behind', async () => {
    const clock = skewedClock(-10 * MINUTE);
    const client = await loggedInWith(clock);
    clock.advance(400_000); // expired on the server, 11 minutes left on the user's clock
    await expect(client.listModels(emulator.demo.classifier)).resolves.not.toHaveLength(0);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.countRequests(MODELS)).toBe(1);
    expect(emulator.requests.every((r) => r.status < 400)).toBe(true);
  });

  it('judges tokens restored from storage by their lifetime, not by when they were issued', async () => {
    const clock = skewedClock(0);
    const source = await loggedInWith(clock);
    const state = source.session.getState();
    if (state.status !== 'authenticated') throw new Error('expected a session');
    clock.advance(200_000); // restored 200 s after they were issued: 100 s left
    const client = newClient({ fetch: clock.fetch, tokens: state.tokens });
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(REFRESH)).toBe(0);
    clock.advance(90_000); // 10 s left: inside the 30 s leeway
    await client.listModels(emulator.demo.classifier);
    expect(emulator.countRequests(REFRESH)).toBe(1);
    expect(emulator.requests.every((r) => r.status < 400)).toBe(true);
  });
});
