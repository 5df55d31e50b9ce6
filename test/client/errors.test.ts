import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isKonanAbortError,
  isKonanForeignOriginError,
  isKonanHttpError,
  isKonanNetworkError,
  isKonanValidationError,
  type KonanValidationError,
} from '../../src/client';
import { API, lastDays, setupEmulator } from './harness';

const { emulator, server, newClient, loggedIn } = setupEmulator({ predictionsPerDeployment: 250 });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
/** What `promise` rejects with, where the test expects a `KonanValidationError`. */
const validationFailure = (promise: Promise<unknown>) =>
  failure(promise) as Promise<KonanValidationError>;

describe('malformed and incomplete responses', () => {
  it('turns a body that is not JSON into a validation error', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, status: 200, body: '{"results": [' });
    const error = await failure(client.listModels(emulator.demo.classifier));
    expect(isKonanValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/not valid JSON/);
  });

  it('names the missing field of an incomplete response', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/predict\/$/, status: 200, body: { output: { value: 1 } } });
    const error = await validationFailure(client.predict(emulator.demo.regressor, { surface: 50 }));
    expect(isKonanValidationError(error)).toBe(true);
    expect(error.path).toBe('prediction_uuid');
    expect(error.message).toContain('prediction_uuid');
  });

  it('names a missing model output, and keeps any JSON output as it came', async () => {
    const client = await loggedIn();
    const uuid = '7f3c0042-2b1d-4c8e-9a41-5e0000a1b2c3';
    emulator.faults.add({
      path: /\/predict\/$/,
      status: 200,
      body: { prediction_uuid: uuid },
      times: 1,
    });
    const error = await validationFailure(client.predict(emulator.demo.regressor, { surface: 50 }));
    expect(error.path).toBe('output');
    for (const output of [null, 0, 'yes', [1, [2]], { nested: { list: [true, null] } }]) {
      emulator.faults.add({
        path: /\/predict\/$/,
        status: 200,
        body: { prediction_uuid: uuid, output },
        times: 1,
      });
      await expect(client.predict(emulator.demo.regressor, { surface: 50 })).resolves.toEqual({
        uuid,
        output,
      });
    }
  });

  it('names the deepest failing field inside a page of predictions', async () => {
    server.use(
      http.get(`${API}/deployments/:dep/predictions/`, () =>
        HttpResponse.json({
          count: 2,
          next: null,
          previous: null,
          results: { outputs: [{ uuid: 'a' }, { mls_output_json: 1 }] },
        }),
      ),
    );
    const client = await loggedIn();
    const error = await validationFailure(
      client.listPredictions(emulator.demo.classifier, lastDays()),
    );
    expect(error.path).toBe('results.outputs.1.uuid');
  });

  it('names a metric whose value has the wrong type', async () => {
    emulator.faults.add({
      path: /\/evaluate\/$/,
      status: 200,
      body: { metrics: { predefined: { rmse: 'high' }, custom: [] } },
    });
    const client = await loggedIn();
    const error = await validationFailure(client.evaluate(emulator.demo.regressor, lastDays()));
    expect(error.path).toBe('metrics.predefined.rmse');
  });

  it('names a predefined-metrics map that is not an object', async () => {
    for (const predefined of [[1.5], 'rmse', 3]) {
      emulator.faults.add({
        path: /\/evaluate\/$/,
        status: 200,
        body: { metrics: { predefined } },
        times: 1,
      });
      const client = await loggedIn();
      const error = await validationFailure(client.evaluate(emulator.demo.regressor, lastDays()));
      expect(error.path).toBe('metrics.predefined');
      expect(error.message).toContain('Expected a JSON object');
    }
  });

  it('names a date that is not ISO 8601', async () => {
    emulator.faults.add({
      path: /\/models\/$/,
      status: 200,
      body: { results: [{ uuid: 'm', name: 'n', created_at: 'yesterday', state: 'live' }] },
    });
    const client = await loggedIn();
    const error = await validationFailure(client.listModels(emulator.demo.classifier));
    expect(error.path).toBe('results.0.created_at');
  });

  it('refuses a login answer whose access token is not a JWT', async () => {
    emulator.faults.add({
      path: '/api/auth/login/',
      status: 200,
      body: { access: 'opaque', refresh: 'opaque' },
    });
    const error = await validationFailure(
      newClient().login({ email: 'demo@konan.ai', password: 'konan-demo' }),
    );
    expect(isKonanValidationError(error)).toBe(true);
    expect(error.path).toBe('access');
  });
});

describe('HTTP, network and abort errors', () => {
  it("carries the status and the server's message", async () => {
    const client = await loggedIn();
    emulator.faults.add({
      path: /\/evaluate\/$/,
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    const error = await failure(client.evaluate(emulator.demo.classifier, lastDays()));
    expect(isKonanHttpError(error)).toBe(true);
    if (!isKonanHttpError(error)) return;
    expect(error.status).toBe(403);
    expect(error.serverMessage).toBe('You do not have permission to perform this action.');
    expect(error.message).toContain('403');
    expect(error.message).toContain('You do not have permission');
  });

  it('reads field errors as the server message', async () => {
    const client = await loggedIn();
    emulator.faults.add({
      path: /\/models\/$/,
      method: 'POST',
      status: 400,
      body: { name: ['A model with this name already exists.'] },
    });
    const error = await failure(
      client.createModel(emulator.demo.classifier, {
        name: 'dup',
        image: { url: 'registry.example.com/m:1', exposedPort: 8000 },
      }),
    );
    expect(isKonanHttpError(error) && error.serverMessage).toBe(
      'name: A model with this name already exists.',
    );
  });

  it("keeps 4 kB of a large error body, noting its size, and still reads the server's message", async () => {
    const client = await loggedIn();
    const junk = 'x'.repeat(20_000);
    emulator.faults.add({
      path: /\/predict\/$/,
      status: 400,
      body: { detail: 'Bad input.', junk },
    });
    const error = await failure(client.predict(emulator.demo.classifier, {}));
    expect(isKonanHttpError(error)).toBe(true);
    if (!isKonanHttpError(error)) return;
    expect(error.serverMessage).toBe('Bad input.');
    expect(typeof error.body === 'string' && error.body.length).toBe(4096);
    expect(error.bodyTruncated).toBe(true);
    expect(error.bodySize).toBe(JSON.stringify({ detail: 'Bad input.', junk }).length);
    expect(JSON.stringify(error).length).toBeLessThan(6_000);
  });

  it('does not read a huge error body to its end', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode('y'.repeat(65_536));
    // A plain fetch rather than MSW, which keeps its own copy of every response's stream.
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.endsWith('/predict/')) return emulator.fetch(request);
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += chunk.length;
          if (pulled > 50_000_000) controller.close();
          else controller.enqueue(chunk);
        },
      });
      return new Response(stream, { status: 502 });
    };
    const client = await loggedIn({ fetch });
    const error = await failure(client.predict(emulator.demo.classifier, {}));
    expect(isKonanHttpError(error) && error.status).toBe(502);
    if (!isKonanHttpError(error)) return;
    expect(typeof error.body === 'string' && error.body.length).toBe(4096);
    expect(error.bodyTruncated).toBe(true);
    expect(error.bodySize).toBeUndefined();
    expect(pulled).toBeLessThan(1_000_000);
  });

  it('keeps a small error body whole', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/predict\/$/, status: 400, body: { detail: 'Bad input.' } });
    const error = await failure(client.predict(emulator.demo.classifier, {}));
    expect(isKonanHttpError(error) && error.body).toEqual({ detail: 'Bad input.' });
    expect(isKonanHttpError(error) && error.bodyTruncated).toBe(false);
  });

  it('reports a network failure as a network error', async () => {
    const client = await loggedIn({ retries: 0 });
    emulator.faults.add({ path: /\/models\/$/, networkError: true });
    const error = await failure(client.listModels(emulator.demo.classifier));
    expect(isKonanNetworkError(error)).toBe(true);
    expect((error as Error).message).toMatch(/Could not reach Konan/);
  });

  it('reports a timeout with code "timeout"', async () => {
    const state = (await loggedIn()).session.getState();
    if (state.status !== 'authenticated') throw new Error('expected a session');
    const client = newClient({ tokens: state.tokens, timeoutMs: 200, retries: 0 });
    emulator.faults.add({ path: /\/models\/$/, delayMs: 10_000 });
    const error = await failure(client.listModels(emulator.demo.classifier));
    expect(isKonanNetworkError(error) && error.code).toBe('timeout');
  });

  it('rejects with an abort error when the caller aborts', async () => {
    const client = await loggedIn();
    emulator.faults.add({ path: /\/models\/$/, delayMs: 1_000 });
    const controller = new AbortController();
    const pending = client.listModels(emulator.demo.classifier, { signal: controller.signal });
    controller.abort();
    expect(isKonanAbortError(await failure(pending))).toBe(true);
  });

  it('sends nothing for an already aborted signal', async () => {
    const client = await loggedIn();
    const error = await failure(
      client.predict(emulator.demo.regressor, { surface: 1 }, { signal: AbortSignal.abort() }),
    );
    expect(isKonanAbortError(error)).toBe(true);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('foreign origins', () => {
  it('refuses to follow a `next` on another origin, sending nothing there', async () => {
    const foreign: string[] = [];
    server.use(
      http.get(`${API}/deployments/:dep/predictions/`, () =>
        HttpResponse.json({
          count: 200,
          next: 'https://evil.example.com/deployments/x/predictions/?page=2',
          previous: null,
          results: { outputs: [{ uuid: 'a' }] },
        }),
      ),
      http.all('https://evil.example.com/*', ({ request }) => {
        foreign.push(request.headers.get('authorization') ?? 'no token');
        return HttpResponse.json({});
      }),
    );
    const client = await loggedIn();
    const pages: unknown[] = [];
    const error = await failure(
      (async () => {
        for await (const page of client.predictions(emulator.demo.classifier, lastDays())) {
          pages.push(page);
        }
      })(),
    );
    expect(pages).toHaveLength(1);
    expect(isKonanForeignOriginError(error)).toBe(true);
    expect((error as Error).message).toContain('evil.example.com');
    expect(foreign).toEqual([]);
  });

  it('refuses a foreign pageUrl for one page', async () => {
    const client = await loggedIn();
    const error = await failure(
      client.listPredictions(emulator.demo.classifier, lastDays(), {
        pageUrl: 'http://api.konan.ai/deployments/x/predictions/?page=2', // http, not https
      }),
    );
    expect(isKonanForeignOriginError(error)).toBe(true);
    await expect(
      client.listDeployments({ pageUrl: 'https://api.konan.ai.evil.example.com/deployments/' }),
    ).rejects.toSatisfy(isKonanForeignOriginError);
    expect(emulator.requests).toHaveLength(0);
  });

  it('follows a `next` on the API origin exactly as given', async () => {
    const client = await loggedIn();
    const pages: string[] = [];
    for await (const page of client.predictions(emulator.demo.classifier, lastDays())) {
      if (page.next) pages.push(page.next);
    }
    const requested = emulator.requests.slice(1).map((r) => r.url);
    expect(requested).toEqual(pages);
  });
});
