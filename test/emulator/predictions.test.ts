import { describe, expect, it } from 'vitest';
import { feedbackResponseSchema } from '../../src/client/schemas/feedback';
import { predictResponseSchema } from '../../src/client/schemas/prediction';
import type { KonanEmulator } from '../../src/emulator';
import { API, type Api, listPages, signedIn, smallEmulator } from './helpers';

const LOAN = {
  income: 52_000,
  age: 34,
  credit_score: 710,
  loan_amount: 12_000,
  employment_years: 6,
  home_ownership: 'rent',
};

async function predict(api: Api, deployment: string, input: unknown) {
  const response = await api.post(`/deployments/${deployment}/predict/`, input);
  expect(response.status).toBe(200);
  return predictResponseSchema.parse(await response.json());
}

function emulatorWithApi(options: Parameters<typeof smallEmulator>[0] = {}) {
  const emulator = smallEmulator(options);
  return signedIn(emulator).then((api) => ({ emulator, api }));
}

describe('emulator predict', () => {
  it('answers the same output for the same input, whatever the key order', async () => {
    const { emulator, api } = await emulatorWithApi();
    const first = await predict(api, emulator.demo.classifier, LOAN);
    const reordered = Object.fromEntries(Object.entries(LOAN).reverse());
    const second = await predict(api, emulator.demo.classifier, reordered);
    expect(second.output).toEqual(first.output);
    expect(second.uuid).not.toBe(first.uuid);
    expect(first.output).toEqual({
      label: expect.stringMatching(/^(approved|rejected)$/),
      probability: expect.any(Number),
    });
    const other = smallEmulator({ seed: 7 });
    const otherApi = await signedIn(other);
    expect((await predict(otherApi, other.demo.classifier, LOAN)).output).toEqual(first.output);
  });

  it('computes the output from the input: a strong applicant is approved, a weak one rejected', async () => {
    const { emulator, api } = await emulatorWithApi();
    const strong = await predict(api, emulator.demo.classifier, {
      ...LOAN,
      income: 120_000,
      credit_score: 820,
      loan_amount: 5_000,
    });
    const weak = await predict(api, emulator.demo.classifier, {
      ...LOAN,
      income: 20_000,
      credit_score: 420,
      loan_amount: 40_000,
    });
    expect(strong.output).toMatchObject({ label: 'approved' });
    expect(weak.output).toMatchObject({ label: 'rejected' });
    const small = await predict(api, emulator.demo.regressor, { area_sqm: 45, bedrooms: 1 });
    const large = await predict(api, emulator.demo.regressor, { area_sqm: 220, bedrooms: 5 });
    const value = (o: unknown) => (o as { value: number }).value;
    expect(value(large.output)).toBeGreaterThan(value(small.output));
  });

  it('accepts any JSON input deterministically and stores it as the newest prediction', async () => {
    const { emulator, api } = await emulatorWithApi();
    const a = await predict(api, emulator.demo.regressor, [1, 2, 3]);
    const b = await predict(api, emulator.demo.regressor, [1, 2, 3]);
    expect(a.output).toEqual(b.output);
    const [page] = await listPages(api, `/deployments/${emulator.demo.regressor}/predictions/`);
    expect(page?.predictions[0]).toMatchObject({
      uuid: b.uuid,
      output: b.output,
      features: [1, 2, 3],
    });
    expect(page?.predictions[1]?.uuid).toBe(a.uuid);
  });

  it('refuses an unknown deployment, an empty body and the failed deployment clearly', async () => {
    const { emulator, api } = await emulatorWithApi();
    expect((await api.post('/deployments/no-such-deployment/predict/', LOAN)).status).toBe(404);
    const empty = await emulator.fetch(`${API}/deployments/${emulator.demo.classifier}/predict/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.access}` },
    });
    expect(empty.status).toBe(400);
    const failed = await api.post(`/deployments/${emulator.demo.failed}/predict/`, LOAN);
    expect(failed.status).toBe(409);
    expect((await failed.json()).detail).toMatch(/no live model/);
    const malformed = await emulator.fetch(
      `${API}/deployments/${emulator.demo.classifier}/predict/`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${api.access}`, 'Content-Type': 'application/json' },
        body: '{"income": ',
      },
    );
    expect(malformed.status).toBe(400);
  });
});

describe('emulator predictions listing', () => {
  it('pages newest first with absolute next URLs, every prediction exactly once', async () => {
    const { emulator, api } = await emulatorWithApi({
      predictionsPerDeployment: 250,
      pageSize: 40,
    });
    const dep = emulator.demo.classifier;
    const pages = await listPages(api, `/deployments/${dep}/predictions/`);
    expect(pages).toHaveLength(Math.ceil(250 / 40));
    expect(pages.every((p) => p.count === 250)).toBe(true);
    expect(pages[0]?.previous).toBeNull();
    expect(pages[0]?.next).toBe(`${API}/deployments/${dep}/predictions/?page=2`);
    expect(pages[1]?.previous).toBe(`${API}/deployments/${dep}/predictions/`);
    const all = pages.flatMap((p) => p.predictions);
    expect(all).toHaveLength(250);
    expect(new Set(all.map((p) => p.uuid)).size).toBe(250);
    const times = all.map((p) => p.createdAt?.getTime() ?? Number.NaN);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.every((p) => p.features !== undefined)).toBe(true);
  });

  it('filters by the time window and carries it in next, on the request origin', async () => {
    const { emulator, api } = await emulatorWithApi({
      predictionsPerDeployment: 400,
      pageSize: 25,
    });
    const dep = emulator.demo.regressor;
    const end = new Date(Date.now() - 5 * 86_400_000);
    const start = new Date(end.getTime() - 10 * 86_400_000);
    const query = `start_time=${encodeURIComponent(start.toISOString())}&end_time=${encodeURIComponent(end.toISOString())}`;
    const origin = 'http://localhost:4010';
    const pages = await listPages(api, `${origin}/deployments/${dep}/predictions/?${query}`);
    const next = new URL(pages[0]?.next ?? '');
    expect(next.origin).toBe(origin);
    expect(next.searchParams.get('start_time')).toBe(start.toISOString());
    expect(next.searchParams.get('end_time')).toBe(end.toISOString());
    expect(next.searchParams.get('page')).toBe('2');
    const inWindow = pages.flatMap((p) => p.predictions);
    expect(inWindow.length).toBeGreaterThan(50);
    expect(inWindow.length).toBeLessThan(400);
    for (const p of inWindow) {
      expect(p.createdAt?.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(p.createdAt?.getTime()).toBeLessThanOrEqual(end.getTime());
    }
  });

  it('answers 404 for a page out of range and 400 for a date that is not ISO 8601', async () => {
    const { emulator, api } = await emulatorWithApi();
    const dep = emulator.demo.classifier;
    expect((await api.get(`/deployments/${dep}/predictions/?page=99`)).status).toBe(404);
    expect((await api.get(`/deployments/${dep}/predictions/?page=abc`)).status).toBe(404);
    const bad = await api.get(`/deployments/${dep}/predictions/?start_time=yesterday`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/start_time/);
    expect((await api.get('/deployments/unknown/predictions/')).status).toBe(404);
  });

  it('gives the failed deployment an empty first page', async () => {
    const { emulator, api } = await emulatorWithApi();
    const [page] = await listPages(api, `/deployments/${emulator.demo.failed}/predictions/`);
    expect(page).toMatchObject({ count: 0, next: null, predictions: [] });
  });
});

describe('emulator feedback', () => {
  async function freshPredictions(emulator: KonanEmulator, api: Api, count: number) {
    const uuids: string[] = [];
    for (let i = 0; i < count; i++) {
      const p = await predict(api, emulator.demo.classifier, {
        ...LOAN,
        income: 30_000 + i * 1_000,
      });
      uuids.push(p.uuid);
    }
    return uuids;
  }

  it('answers 201 when every item is created, and shows the feedback in the listing', async () => {
    const { emulator, api } = await emulatorWithApi();
    const [a, b] = await freshPredictions(emulator, api, 2);
    const response = await api.post(
      `/deployments/${emulator.demo.classifier}/predictions/feedback/`,
      {
        feedback: [
          { prediction_uuid: a, target: { label: 'approved' } },
          { prediction_uuid: b, target: 'rejected' },
        ],
      },
    );
    expect(response.status).toBe(201);
    const body = feedbackResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ success: 2, failure: 0, total: 2 });
    expect(body.data.map((d) => d.status)).toEqual([201, 201]);
    const [page] = await listPages(api, `/deployments/${emulator.demo.classifier}/predictions/`);
    const byUuid = new Map(page?.predictions.map((p) => [p.uuid, p.feedback]));
    expect(byUuid.get(a ?? '')).toEqual({ label: 'approved' });
    expect(byUuid.get(b ?? '')).toBe('rejected');
  });

  it('answers 207 with per-item 201, 404, 409 and 400 when items differ', async () => {
    const { emulator, api } = await emulatorWithApi();
    const [a, b] = await freshPredictions(emulator, api, 2);
    const url = `/deployments/${emulator.demo.classifier}/predictions/feedback/`;
    await api.post(url, { feedback: [{ prediction_uuid: a, target: { label: 'approved' } }] });
    const response = await api.post(url, {
      feedback: [
        { prediction_uuid: b, target: { label: 'rejected' } },
        { prediction_uuid: 'no-such-prediction', target: { label: 'approved' } },
        { prediction_uuid: a, target: { label: 'rejected' } },
        { prediction_uuid: b, target: 42 },
      ],
    });
    expect(response.status).toBe(207);
    const body = feedbackResponseSchema.parse(await response.json());
    expect(body.data.map((d) => [d.predictionUuid, d.status])).toEqual([
      [b, 201],
      ['no-such-prediction', 404],
      [a, 409],
      [b, 400],
    ]);
    expect(body.data.every((d) => d.message !== '')).toBe(true);
    expect(body).toMatchObject({ success: 1, failure: 3, total: 4 });
  });

  it('does not accept feedback for a prediction of another deployment', async () => {
    const { emulator, api } = await emulatorWithApi();
    const [a] = await freshPredictions(emulator, api, 1);
    const response = await api.post(
      `/deployments/${emulator.demo.regressor}/predictions/feedback/`,
      {
        feedback: [{ prediction_uuid: a, target: { value: 1 } }],
      },
    );
    expect(response.status).toBe(207);
    expect((await response.json()).data[0].status).toBe(404);
  });

  it('refuses a body without a feedback list with 400', async () => {
    const { emulator, api } = await emulatorWithApi();
    const url = `/deployments/${emulator.demo.classifier}/predictions/feedback/`;
    expect((await api.post(url, [{ prediction_uuid: 'x', target: 'y' }])).status).toBe(400);
    expect((await api.post(url, { feedback: 'x' })).status).toBe(400);
  });
});
