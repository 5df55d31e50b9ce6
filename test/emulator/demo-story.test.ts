import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../../src/client/schemas/evaluation';
import { createKonanEmulator } from '../../src/emulator';
import { type Api, listPredictions, signedIn } from './helpers';

const DAY = 86_400_000;

async function evaluate(api: Api, deployment: string, start: number, end: number) {
  const response = await api.post(`/deployments/${deployment}/evaluate/`, {
    start_time: new Date(start).toISOString(),
    end_time: new Date(end).toISOString(),
  });
  const metrics = evaluationSchema.parse(await response.json()).metrics;
  const scalar = (name: string) => {
    const metric = metrics.find((m) => m.name === name);
    return metric?.kind === 'scalar' ? metric.value : Number.NaN;
  };
  return { f1_score: scalar('f1_score'), precision: scalar('precision'), rmse: scalar('rmse') };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function demo() {
  const emulator = createKonanEmulator({ pageSize: 1_000 });
  const api = await signedIn(emulator);
  return { emulator, api, now: Date.now() };
}

describe('emulator demo story', () => {
  it('has a daily rhythm: more predictions by day than by night, fewer at weekends', async () => {
    const { emulator, api } = await demo();
    const all = [
      ...(await listPredictions(api, emulator.demo.classifier)),
      ...(await listPredictions(api, emulator.demo.regressor)),
    ];
    const byHour = Array.from({ length: 24 }, () => 0);
    const byWeekday = Array.from({ length: 7 }, () => 0);
    for (const p of all) {
      const at = p.createdAt ?? new Date(0);
      byHour[at.getUTCHours()] = (byHour[at.getUTCHours()] ?? 0) + 1;
      byWeekday[at.getUTCDay()] = (byWeekday[at.getUTCDay()] ?? 0) + 1;
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const afternoon = sum(byHour.slice(11, 17)) / 6;
    const night = sum(byHour.slice(0, 5)) / 5;
    expect(afternoon).toBeGreaterThan(3 * night);
    // Four or five of each weekday in 30 days: compare per-day averages roughly.
    const weekend = ((byWeekday[0] ?? 0) + (byWeekday[6] ?? 0)) / 2;
    const weekdays = sum(byWeekday.slice(1, 6)) / 5;
    expect(weekend).toBeLessThan(0.8 * weekdays);
  }, 20_000);

  it('degrades "Loan approval" in the last week while "House prices" stays steady', async () => {
    const { emulator, api, now } = await demo();
    const weekAgo = now - 7 * DAY;
    const monthAgo = now - 30 * DAY;
    const before = await evaluate(api, emulator.demo.classifier, monthAgo, weekAgo);
    const lastWeek = await evaluate(api, emulator.demo.classifier, weekAgo, now);
    expect(Number(before.f1_score)).toBeGreaterThan(Number(lastWeek.f1_score) + 0.1);
    expect(Number(before.precision)).toBeGreaterThan(Number(lastWeek.precision) + 0.1);
    const houseBefore = await evaluate(api, emulator.demo.regressor, monthAgo, weekAgo);
    const houseLast = await evaluate(api, emulator.demo.regressor, weekAgo, now);
    expect(Number(houseLast.rmse) / Number(houseBefore.rmse)).toBeLessThan(1.2);
  }, 20_000);

  it('shifts "Loan approval"\'s income up in the last week, and nothing of "House prices"', async () => {
    const { emulator, api, now } = await demo();
    const weekAgo = now - 7 * DAY;
    const split = <T extends { createdAt?: Date | null }>(items: T[]) => ({
      before: items.filter((p) => (p.createdAt?.getTime() ?? 0) < weekAgo),
      last: items.filter((p) => (p.createdAt?.getTime() ?? 0) >= weekAgo),
    });
    const loans = split(await listPredictions(api, emulator.demo.classifier));
    const income = (items: typeof loans.before) =>
      median(items.map((p) => Number((p.features as { income: number }).income)));
    expect(income(loans.last) / income(loans.before)).toBeGreaterThan(1.3);
    const houses = split(await listPredictions(api, emulator.demo.regressor));
    const area = (items: typeof houses.before) =>
      median(items.map((p) => Number((p.features as { area_sqm: number }).area_sqm)));
    expect(Math.abs(area(houses.last) / area(houses.before) - 1)).toBeLessThan(0.1);
  }, 20_000);

  it('seeds believable houses: a bathroom per bedroom at most, room for the bedrooms, priced in EUR', async () => {
    const { emulator, api } = await demo();
    const houses = await listPredictions(api, emulator.demo.regressor);
    for (const house of houses) {
      const f = house.features as { area_sqm: number; bedrooms: number; bathrooms: number };
      expect(f.bathrooms).toBeLessThanOrEqual(f.bedrooms);
      expect(f.area_sqm / f.bedrooms).toBeGreaterThanOrEqual(25);
      expect(house.output).toEqual({ value: expect.any(Number), currency: 'EUR' });
    }
  }, 20_000);
});
