import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isKonanAbortError,
  isKonanHttpError,
  isKonanNetworkError,
  isKonanValidationError,
  type KonanClient,
  type KonanFeedbackProgress,
  type KonanFeedbackSubmission,
  notSentSubmissions,
} from '../../src/client';
import { API, lastDays, setupEmulator } from './harness';

const { emulator, server, loggedIn } = setupEmulator({ predictionsPerDeployment: 3500 });
const FEEDBACK = { method: 'POST', path: /\/predictions\/feedback\/$/ };

/** Seeded predictions of the regressor that have no feedback yet, as ground-truth submissions. */
async function freshSubmissions(
  client: KonanClient,
  n: number,
): Promise<KonanFeedbackSubmission[]> {
  const out: KonanFeedbackSubmission[] = [];
  for await (const page of client.predictions(emulator.demo.regressor, lastDays(31))) {
    for (const p of page.predictions) {
      if (p.feedback === undefined && out.length < n) {
        out.push({ predictionUuid: p.uuid, target: { value: 250_000 } });
      }
    }
    if (out.length === n) break;
  }
  if (out.length < n) throw new Error(`only ${out.length} predictions without feedback`);
  emulator.clearRequests();
  return out;
}

const balanced = (r: { accepted: number; rejected: number; notSent: unknown[]; total: number }) =>
  r.accepted + r.rejected + r.notSent.length === r.total;

describe('submitFeedbacks', () => {
  it('records feedback and answers per-item statuses: created, unknown prediction, already recorded', async () => {
    const client = await loggedIn();
    const [a, b] = await freshSubmissions(client, 2);
    if (!a || !b) throw new Error('no predictions');
    await client.submitFeedbacks(emulator.demo.regressor, [b]);
    const result = await client.submitFeedbacks(emulator.demo.regressor, [
      a,
      { predictionUuid: 'no-such-prediction', target: 'x' },
      b,
    ]);
    expect(result.statuses.map((s) => [s.predictionUuid, s.status, s.accepted])).toEqual([
      [a.predictionUuid, 201, true],
      ['no-such-prediction', 404, false],
      [b.predictionUuid, 409, false],
    ]);
    expect(result).toMatchObject({ accepted: 1, rejected: 2, total: 3, notSent: [] });
  });

  it('accepts a string target', async () => {
    const client = await loggedIn();
    const p = await client.predict(emulator.demo.classifier, { income: 1000, age: 20 });
    const result = await client.submitFeedbacks(emulator.demo.classifier, [
      { predictionUuid: p.uuid, target: 'rejected' },
    ]);
    expect(result.accepted).toBe(1);
  });

  it('sends 1,200 items in chunks of 500 and merges the results in order', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 1200);
    const result = await client.submitFeedbacks(emulator.demo.regressor, items);
    expect(emulator.countRequests(FEEDBACK)).toBe(3);
    expect(result).toMatchObject({ accepted: 1200, rejected: 0, notSent: [], total: 1200 });
    expect(result.statuses.map((s) => s.predictionUuid)).toEqual(
      items.map((i) => i.predictionUuid),
    );
  });

  it('accounts for a failed middle chunk as not sent, and re-sends exactly those in one call', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 1200);
    emulator.faults.add({ ...FEEDBACK, skip: 1, times: 1, status: 503 });
    const result = await client.submitFeedbacks(emulator.demo.regressor, items, {
      chunkSize: 500,
      concurrency: 1,
    });
    expect(result).toMatchObject({ accepted: 700, rejected: 0, total: 1200 });
    expect(result.notSent).toHaveLength(500);
    expect(balanced(result)).toBe(true);
    expect(result.notSent.map((n) => n.submission)).toEqual(items.slice(500, 1000));
    const reason = result.notSent[0]?.reason;
    expect(isKonanHttpError(reason) && reason.status).toBe(503);
    expect(emulator.countRequests(FEEDBACK)).toBe(3); // the POST was not retried

    const retried = await client.submitFeedbacks(
      emulator.demo.regressor,
      notSentSubmissions(result),
    );
    expect(retried).toMatchObject({ accepted: 500, rejected: 0, notSent: [], total: 500 });
  });

  it('keeps the accounting exact when a chunk fails at the network level with concurrency 2', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 1200);
    emulator.faults.add({ ...FEEDBACK, skip: 1, times: 1, networkError: true });
    const result = await client.submitFeedbacks(emulator.demo.regressor, items);
    expect(balanced(result)).toBe(true);
    expect(result.accepted).toBe(1200 - result.notSent.length);
    expect([200, 500]).toContain(result.notSent.length); // the second chunk to arrive failed
    expect(result.notSent.every((n) => isKonanNetworkError(n.reason))).toBe(true);
  });

  it('reports progress in items after every chunk', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 250);
    emulator.faults.add({ ...FEEDBACK, skip: 2, times: 1, status: 500 });
    const events: KonanFeedbackProgress[] = [];
    await client.submitFeedbacks(emulator.demo.regressor, items, {
      chunkSize: 100,
      concurrency: 1,
      onProgress: (p) => events.push(p),
    });
    expect(events).toEqual([
      { done: 100, total: 250, accepted: 100, rejected: 0, notSent: 0 },
      { done: 200, total: 250, accepted: 200, rejected: 0, notSent: 0 },
      { done: 250, total: 250, accepted: 200, rejected: 0, notSent: 50 },
    ]);
  });

  it('puts the items of aborted and never-started chunks in notSent', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 300);
    const controller = new AbortController();
    const result = await client.submitFeedbacks(emulator.demo.regressor, items, {
      chunkSize: 100,
      concurrency: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 100) controller.abort();
      },
    });
    expect(result.accepted).toBe(100);
    expect(result.notSent).toHaveLength(200);
    expect(result.notSent.every((n) => isKonanAbortError(n.reason))).toBe(true);
    expect(emulator.countRequests(FEEDBACK)).toBe(1);
    expect(balanced(result)).toBe(true);
  });

  it('counts items the server did not answer for as not sent, never lost', async () => {
    const client = await loggedIn();
    const items = await freshSubmissions(client, 3);
    server.use(
      http.post(`${API}/deployments/:dep/predictions/feedback/`, () =>
        HttpResponse.json(
          {
            data: [{ prediction_uuid: items[1]?.predictionUuid, status: 201, message: 'ok' }],
            success: 1,
            failure: 0,
            total: 1,
          },
          { status: 207 },
        ),
      ),
    );
    const result = await client.submitFeedbacks(emulator.demo.regressor, items);
    expect(result.accepted).toBe(1);
    expect(result.notSent.map((n) => n.submission)).toEqual([items[0], items[2]]);
    expect(isKonanValidationError(result.notSent[0]?.reason)).toBe(true);
    expect(balanced(result)).toBe(true);
  });

  it('sends nothing for an empty list', async () => {
    const client = await loggedIn();
    const result = await client.submitFeedbacks(emulator.demo.regressor, []);
    expect(result).toEqual({ statuses: [], accepted: 0, rejected: 0, notSent: [], total: 0 });
    expect(emulator.requests).toHaveLength(0);
  });
});
