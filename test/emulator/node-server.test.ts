import { afterEach, describe, expect, it } from 'vitest';
import { tokensSchema } from '../../src/client/schemas/auth';
import { type KonanEmulatorServer, serveKonanEmulator } from '../../src/emulator';
import { smallEmulator } from './helpers';

let server: KonanEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function login(url: string) {
  const response = await fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:6006' },
    body: JSON.stringify({ email: 'demo@konan.ai', password: 'konan-demo' }),
  });
  return { response, tokens: tokensSchema.parse(await response.json()) };
}

describe('serveKonanEmulator (node:http on loopback)', () => {
  it('serves auth and API over real HTTP on a free port', async () => {
    const emulator = smallEmulator();
    server = await serveKonanEmulator(emulator, { port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { response, tokens } = await login(server.url);
    expect(response.status).toBe(200);
    const page = await fetch(`${server.url}/deployments/${emulator.demo.classifier}/predictions/`, {
      headers: { Authorization: `Bearer ${tokens.access}` },
    });
    expect(page.status).toBe(200);
    const body = await page.json();
    // next is absolute, on the server's own origin.
    expect(body.next).toBe(
      `${server.url}/deployments/${emulator.demo.classifier}/predictions/?page=2`,
    );
    const predict = await fetch(`${server.url}/deployments/${emulator.demo.classifier}/predict/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.access}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ income: 40_000 }),
    });
    expect(predict.status).toBe(200);
    expect(emulator.countRequests({ method: 'POST' })).toBe(2);
  });

  it('answers CORS preflights and adds CORS headers for browser apps', async () => {
    const emulator = smallEmulator();
    server = await serveKonanEmulator(emulator, { port: 0 });
    const preflight = await fetch(`${server.url}/deployments/`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:6006',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(emulator.countRequests()).toBe(0);
    const { response } = await login(server.url);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
  });

  it('drops the connection for an injected network fault, and stops serving on close', async () => {
    const emulator = smallEmulator();
    server = await serveKonanEmulator(emulator, { port: 0 });
    const { url } = server;
    emulator.faults.add({ networkError: true, times: 1 });
    await expect(fetch(`${url}/deployments/`)).rejects.toThrow(TypeError);
    expect((await fetch(`${url}/deployments/`)).status).toBe(401);
    await server.close();
    server = undefined;
    await expect(fetch(`${url}/deployments/`)).rejects.toThrow(TypeError);
  });
});
