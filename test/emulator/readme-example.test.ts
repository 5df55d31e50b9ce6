// The README's emulator example, verbatim except for the import paths (the README imports
// `konan-react/client`, `konan-react/emulator` and `konan-react/emulator/msw`).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createKonanClient } from '../../src/client';
import { createKonanEmulator } from '../../src/emulator';
import { konanHandlers } from '../../src/emulator/msw';

const emulator = createKonanEmulator({ predictionsPerDeployment: 200 });
const server = setupServer(...konanHandlers(emulator));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => emulator.reset()); // seeded data back, log and faults cleared, tokens revoked
afterAll(() => server.close());

async function signedInClient() {
  const client = createKonanClient(); // the hosted URLs, which the handlers serve
  await client.login({ email: emulator.account.email, password: emulator.account.password });
  return client;
}

it('predicts and records feedback', async () => {
  const client = await signedInClient();
  const loan = { income: 52_000, credit_score: 710, loan_amount: 12_000 };
  const prediction = await client.predict(emulator.demo.classifier, loan);
  expect(prediction.output).toMatchObject({ label: 'approved' });

  const result = await client.submitFeedbacks(emulator.demo.classifier, [
    { predictionUuid: prediction.uuid, target: { label: 'rejected' } },
  ]);
  expect(result.accepted).toBe(1);
  expect(emulator.countRequests({ method: 'POST', path: /\/feedback\/$/ })).toBe(1);
});

it('shows the server message when the model is down', async () => {
  const client = await signedInClient();
  emulator.faults.add({
    method: 'POST',
    path: /\/predict\/$/,
    status: 503,
    body: { detail: 'The model is restarting' },
  });
  await expect(client.predict(emulator.demo.classifier, { income: 1 })).rejects.toThrow(
    /restarting/,
  );
});
