import { describe, expect, it } from 'vitest';
import { API, AUTH, postJson, signedIn, smallEmulator } from './helpers';

describe('emulator faults', () => {
  it('answers the given status, body and headers for the matching method and path only', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    emulator.faults.add({
      method: 'GET',
      path: '/deployments/',
      status: 429,
      body: { detail: 'Request was throttled.' },
      headers: { 'Retry-After': '1' },
    });
    const throttled = await api.get('/deployments/');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('1');
    expect(await throttled.json()).toEqual({ detail: 'Request was throttled.' });
    // Another method on the same path, and another path, are untouched.
    expect((await api.post('/deployments/', { name: 'x' })).status).toBe(400);
    expect((await api.get(`/deployments/${emulator.demo.classifier}/models/`)).status).toBe(200);
  });

  it('lets `skip` requests through, then hits `times` requests', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    emulator.faults.add({ path: /\/feedback\/$/, skip: 1, times: 1, status: 503 });
    const url = `/deployments/${emulator.demo.classifier}/predictions/feedback/`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.post(url, { feedback: [] })).status);
    expect(statuses).toEqual([201, 503, 201]);
  });

  it('fails at the network level with a TypeError, logged with status 0', async () => {
    const emulator = smallEmulator();
    emulator.faults.add({ path: '/api/auth/login/', networkError: true, times: 1 });
    const attempt = postJson(emulator, `${AUTH}/api/auth/login/`, emulator.account);
    await expect(attempt).rejects.toBeInstanceOf(TypeError);
    expect(emulator.requests.at(-1)).toMatchObject({ path: '/api/auth/login/', status: 0 });
    const retry = await postJson(emulator, `${AUTH}/api/auth/login/`, emulator.account);
    expect(retry.status).toBe(200);
  });

  it('sends a string body raw, for malformed JSON, and any JSON for an incomplete answer', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    emulator.faults.add({
      path: '/deployments/',
      status: 200,
      body: '{"count": 3, "resu',
      times: 1,
    });
    const malformed = await api.get('/deployments/');
    await expect(malformed.json()).rejects.toThrow();
    emulator.faults.add({ path: '/deployments/', body: { count: 1, next: null }, times: 1 });
    expect(await (await api.get('/deployments/')).json()).toEqual({ count: 1, next: null });
  });

  it('fakes an expired token with a 401 on every API call', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const remove = emulator.faults.add({
      path: /^\/deployments\//,
      status: 401,
      body: { detail: 'Given token not valid for any token type', code: 'token_not_valid' },
    });
    expect((await api.get('/deployments/')).status).toBe(401);
    expect((await api.get(`/deployments/${emulator.demo.regressor}/models/`)).status).toBe(401);
    remove();
    expect((await api.get('/deployments/')).status).toBe(200);
  });

  it('passes the request on when a fault only delays or adds headers', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    emulator.faults.add({ path: '/deployments/', delayMs: 1, headers: { 'X-Debug': 'slow' } });
    const response = await api.get('/deployments/');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Debug')).toBe('slow');
    expect((await response.json()).count).toBe(3);
  });

  it('rejects with the abort reason when the request is aborted during latency', async () => {
    const emulator = smallEmulator({ latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = emulator.fetch(`${API}/deployments/`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('clears faults with clear() and reset(), which also re-seeds the data', async () => {
    const emulator = smallEmulator();
    let api = await signedIn(emulator);
    emulator.faults.add({ status: 500 });
    expect((await api.get('/deployments/')).status).toBe(500);
    emulator.faults.clear();
    expect((await api.get('/deployments/')).status).toBe(200);
    await api.delete(`/deployments/${emulator.demo.regressor}/`);
    emulator.faults.add({ status: 500 });
    emulator.reset();
    expect(emulator.requests).toEqual([]);
    api = await signedIn(emulator);
    const page = await (await api.get('/deployments/')).json();
    expect(page.count).toBe(3);
  });
});

describe('emulator request log', () => {
  it('logs every handled request with its status, faulted ones included', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    emulator.faults.add({ path: `/deployments/${emulator.demo.classifier}/models/`, status: 503 });
    await api.get('/deployments/');
    await api.get(`/deployments/${emulator.demo.classifier}/models/`);
    await api.post(`/deployments/${emulator.demo.classifier}/predict/`, { income: 1 });
    expect(emulator.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/api/auth/login/', 200],
      ['GET', '/deployments/', 200],
      ['GET', `/deployments/${emulator.demo.classifier}/models/`, 503],
      ['POST', `/deployments/${emulator.demo.classifier}/predict/`, 200],
    ]);
    expect(emulator.requests[1]?.url).toBe(`${API}/deployments/`);
    expect(emulator.countRequests()).toBe(4);
    expect(emulator.countRequests({ method: 'post' })).toBe(2);
    expect(emulator.countRequests({ path: /\/models\/$/ })).toBe(1);
    expect(emulator.countRequests({ method: 'GET', path: '/deployments/' })).toBe(1);
    emulator.clearRequests();
    expect(emulator.countRequests()).toBe(0);
  });

  it('answers 404 for unknown paths, hinting at the trailing slash, and 405 for a wrong method', async () => {
    const emulator = smallEmulator();
    const api = await signedIn(emulator);
    const noSlash = await api.get('/deployments');
    expect(noSlash.status).toBe(404);
    expect((await noSlash.json()).detail).toMatch(/end with "\/"/);
    const wrong = await emulator.fetch(`${API}/deployments/`, { method: 'PUT' });
    expect(wrong.status).toBe(405);
  });
});
