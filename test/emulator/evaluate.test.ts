import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../../src/client/schemas/evaluation';
import { type Api, listPredictions, signedIn, smallEmulator } from './helpers';

const DAY = 86_400_000;

async function evaluate(api: Api, deployment: string, start: Date, end: Date) {
  const response = await api.post(`/deployments/${deployment}/evaluate/`, {
    start_time: start.toISOString(),
    end_time: end.toISOString(),
  });
  expect(response.status).toBe(200);
  const raw = await response.json();
  return { raw, metrics: evaluationSchema.parse(raw).metrics };
}

/** A signed-in emulator seeding `count` predictions per deployment, and its last `days` days. */
async function lastDaysOf(count: number, days: number) {
  const emulator = smallEmulator({ predictionsPerDeployment: count });
  const api = await signedIn(emulator);
  const end = new Date();
  return { emulator, api, start: new Date(end.getTime() - days * DAY), end };
}

describe('emulator evaluate', () => {
  it('computes the classifier metrics from the stored predictions and feedback of the window', async () => {
    const { emulator, api, start, end } = await lastDaysOf(600, 14);
    const predictions = await listPredictions(api, emulator.demo.classifier, { start, end });
    const labels = ['approved', 'rejected'];
    const matrix = [
      [0, 0],
      [0, 0],
    ];
    for (const p of predictions) {
      if (!p.feedback) continue;
      const actual = labels.indexOf((p.feedback as { label: string }).label);
      const predicted = labels.indexOf((p.output as { label: string }).label);
      const row = matrix[actual];
      if (row) row[predicted] = (row[predicted] ?? 0) + 1;
    }
    const [[tp = 0, fn = 0] = [], [fp = 0, tn = 0] = []] = matrix;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);

    const { raw, metrics } = await evaluate(api, emulator.demo.classifier, start, end);
    expect(raw.metrics.predefined.rmse).toBeNull();
    expect(raw.metrics.predefined.mae).toBeNull();
    const value = (name: string) => metrics.find((m) => m.name === name)?.value;
    expect(value('confusion_matrix')).toEqual({ labels, matrix });
    expect(value('precision')).toBeCloseTo(precision, 4);
    expect(value('recall')).toBeCloseTo(recall, 4);
    expect(value('f1_score')).toBeCloseTo(f1, 4);
    const accuracy = (tp + tn) / (tp + fn + fp + tn);
    expect(value('accuracy')).toBeCloseTo(accuracy, 4);
    // Realistic: right most of the time, not always.
    expect(accuracy).toBeGreaterThan(0.6);
    expect(accuracy).toBeLessThan(0.98);
    const withFeedback = predictions.filter((p) => p.feedback).length;
    expect(value('feedback_coverage')).toBeCloseTo(withFeedback / predictions.length, 4);
  });

  it('computes RMSE and MAE for the regressor, and no classification metrics', async () => {
    const { emulator, api, start, end } = await lastDaysOf(500, 30);
    const predictions = await listPredictions(api, emulator.demo.regressor, { start, end });
    const errors = predictions
      .filter((p) => p.feedback)
      .map((p) => (p.output as { value: number }).value - (p.feedback as { value: number }).value);
    const rmse = Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
    const mae = errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length;

    const { raw, metrics } = await evaluate(api, emulator.demo.regressor, start, end);
    for (const name of ['precision', 'recall', 'f1_score', 'confusion_matrix']) {
      expect(raw.metrics.predefined[name]).toBeNull();
    }
    const value = (name: string) => metrics.find((m) => m.name === name)?.value as number;
    expect(value('rmse')).toBeCloseTo(rmse, 1);
    expect(value('mae')).toBeCloseTo(mae, 1);
    expect(value('mae')).toBeGreaterThan(0);
  });

  it('follows new feedback: recording targets changes the metrics', async () => {
    const emulator = smallEmulator({ predictionsPerDeployment: 0 });
    const api = await signedIn(emulator);
    const dep = emulator.demo.classifier;
    const start = new Date(Date.now() - DAY);
    const strong = { income: 150_000, credit_score: 830, loan_amount: 5_000 };
    const uuids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await api.post(`/deployments/${dep}/predict/`, { ...strong, age: 30 + i });
      uuids.push((await response.json()).prediction_uuid);
    }
    await api.post(`/deployments/${dep}/predictions/feedback/`, {
      feedback: uuids.map((uuid, i) => ({
        prediction_uuid: uuid,
        target: { label: i < 3 ? 'approved' : 'rejected' },
      })),
    });
    const { metrics } = await evaluate(api, dep, start, new Date(Date.now() + DAY));
    const value = (name: string) => metrics.find((m) => m.name === name)?.value;
    expect(value('confusion_matrix')).toEqual({
      labels: ['approved', 'rejected'],
      matrix: [
        [3, 0],
        [1, 0],
      ],
    });
    expect(value('precision')).toBe(0.75);
    expect(value('recall')).toBe(1);
  });

  it('answers every predefined metric null and no custom metric when the window has no feedback', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    // The last hour: seeded feedback lags by six hours.
    const end = new Date();
    const { raw, metrics } = await evaluate(
      api,
      emulator.demo.classifier,
      new Date(end.getTime() - 3_600_000),
      end,
    );
    expect(Object.values(raw.metrics.predefined).every((v) => v === null)).toBe(true);
    expect(raw.metrics.custom).toEqual([]);
    expect(metrics).toEqual([]);
    const failed = await evaluate(api, emulator.demo.failed, new Date(0), end);
    expect(failed.metrics).toEqual([]);
  });

  it('refuses a window that is not ISO 8601 or ends before it starts', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const url = `/deployments/${emulator.demo.classifier}/evaluate/`;
    expect((await api.post(url, { start_time: 'last week', end_time: 'now' })).status).toBe(400);
    const backwards = await api.post(url, {
      start_time: new Date().toISOString(),
      end_time: new Date(Date.now() - DAY).toISOString(),
    });
    expect(backwards.status).toBe(400);
  });
});
