import { describe, expect, it } from 'vitest';
import { predictionsPageSchema } from '../../src/client/schemas/prediction';
import { createKonanEmulator, type KonanEmulator } from '../../src/emulator';
import { listPredictions, signedIn, smallEmulator } from './helpers';

const DAY = 86_400_000;

/** What must repeat for a seed: everything but the timestamps, which follow the clock. */
async function fingerprint(emulator: KonanEmulator) {
  const api = await signedIn(emulator);
  const page = predictionsPageSchema.parse(
    await (await api.get(`/deployments/${emulator.demo.regressor}/predictions/`)).json(),
  );
  const models = await (await api.get(`/deployments/${emulator.demo.classifier}/models/`)).json();
  return {
    demo: emulator.demo,
    predictions: page.predictions.map(({ uuid, output, features, feedback }) => ({
      uuid,
      output,
      features,
      feedback,
    })),
    models: models.results.map((m: { uuid: string; name: string; state: string }) => [
      m.uuid,
      m.name,
      m.state,
    ]),
  };
}

describe('emulator demo data', () => {
  it('holds at least 5,000 predictions over the last 30 days by default, 60% with feedback', async () => {
    // Default data; big pages only to keep the walk short.
    const emulator = createKonanEmulator({ pageSize: 1_000 });
    expect(emulator.options.predictionsPerDeployment).toBe(2_500);
    const api = await signedIn(emulator);
    const classifier = await listPredictions(api, emulator.demo.classifier);
    const regressor = await listPredictions(api, emulator.demo.regressor);
    const all = [...classifier, ...regressor];
    expect(all.length).toBeGreaterThanOrEqual(5_000);
    const now = Date.now();
    const times = all.map((p) => p.createdAt?.getTime() ?? 0);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now - 30 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    // Spread over the month, not bunched: every one of the 30 days has predictions.
    expect(new Set(times.map((t) => Math.floor((now - t) / DAY))).size).toBe(30);
    const share = all.filter((p) => p.feedback).length / all.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
    expect(classifier[0]?.features).toMatchObject({
      income: expect.any(Number),
      age: expect.any(Number),
      credit_score: expect.any(Number),
    });
    expect(regressor[0]?.output).toEqual({ value: expect.any(Number), currency: 'EUR' });
  }, 20_000);

  it('repeats the same data for the same seed, and differs for another seed', async () => {
    const a = await fingerprint(smallEmulator({ seed: 42 }));
    const b = await fingerprint(smallEmulator({ seed: 42 }));
    const c = await fingerprint(smallEmulator({ seed: 43 }));
    expect(b).toEqual(a);
    expect(c.demo.classifier).not.toBe(a.demo.classifier);
    expect(c.predictions).not.toEqual(a.predictions);
  });

  it('gives the same data whichever deployment is read first', async () => {
    const first = smallEmulator();
    const second = smallEmulator();
    const api = await signedIn(second);
    await api.get(`/deployments/${second.demo.classifier}/predictions/`);
    await api.post(`/deployments/${second.demo.classifier}/predict/`, { income: 1 });
    expect(await fingerprint(second)).toEqual(await fingerprint(first));
  });

  it('comes back to the seeded data after reset', async () => {
    const emulator = smallEmulator();
    const before = await fingerprint(emulator);
    const api = await signedIn(emulator);
    await api.post(`/deployments/${emulator.demo.regressor}/predict/`, { area_sqm: 80 });
    await api.delete(`/deployments/models/${before.models[0][0]}/`);
    emulator.reset();
    expect(await fingerprint(emulator)).toEqual(before);
  });

  it('refuses nonsensical options with a clear error', () => {
    expect(() => createKonanEmulator({ pageSize: 0 })).toThrow(/pageSize/);
    expect(() => createKonanEmulator({ accessTtlSeconds: -1 })).toThrow(/accessTtlSeconds/);
  });
});
