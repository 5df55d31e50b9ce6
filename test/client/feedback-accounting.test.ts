import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KonanFeedbackSubmission } from '../../src/client';
import { lastDays, setupEmulator } from './harness';

const { emulator, loggedIn } = setupEmulator({ predictionsPerDeployment: 10 });
const FEEDBACK = /\/predictions\/feedback\/$/;

/** What one injected fault does to the feedback chunks it hits. */
const fault = fc.record({
  skip: fc.integer({ min: 0, max: 3 }),
  times: fc.integer({ min: 1, max: 2 }),
  kind: fc.constantFrom(
    { status: 500 },
    { status: 400, body: { detail: 'Bad feedback.' } },
    { status: 429 },
    { networkError: true },
    { status: 200, body: 'not json' },
    { status: 200, body: { data: [] } },
  ),
});

describe('submitFeedbacks accounting', () => {
  it('accepted + rejected + notSent = submitted, whatever the chunking, concurrency and faults', async () => {
    const client = await loggedIn({ retries: 0 });
    const known: string[] = [];
    for await (const page of client.predictions(emulator.demo.regressor, lastDays(31))) {
      known.push(...page.predictions.map((p) => p.uuid));
    }
    const predictionUuid = fc.constantFrom(...known.slice(0, 4), 'no-such-prediction');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ predictionUuid, target: fc.constantFrom('a', 'b') }), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fault, { maxLength: 3 }),
        async (items: KonanFeedbackSubmission[], chunkSize, concurrency, faults) => {
          emulator.faults.clear();
          for (const { skip, times, kind } of faults) {
            emulator.faults.add({ method: 'POST', path: FEEDBACK, skip, times, ...kind });
          }
          const result = await client.submitFeedbacks(emulator.demo.regressor, items, {
            chunkSize,
            concurrency,
          });
          expect(result.total).toBe(items.length);
          expect(result.accepted + result.rejected + result.notSent.length).toBe(items.length);
          expect(result.statuses).toHaveLength(result.accepted + result.rejected);
          const back = [
            ...result.statuses.map((s) => s.predictionUuid),
            ...result.notSent.map((n) => n.submission.predictionUuid),
          ];
          expect(back.sort()).toEqual(items.map((i) => i.predictionUuid).sort());
        },
      ),
      { numRuns: 30 },
    );
  });
});
