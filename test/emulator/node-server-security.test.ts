import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type KonanEmulatorServer, serveKonanEmulator } from '../../src/emulator';
import { smallEmulator } from './helpers';

let server: KonanEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LOGIN = JSON.stringify({ email: 'demo@konan.ai', password: 'konan-demo' });

function preflight(url: string, origin: string) {
  return fetch(`${url}/api/auth/login/`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
}

function login(url: string, origin: string) {
  return fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: LOGIN,
  });
}

/** A raw request, so the Host header can be anything (fetch does not let a caller set it). */
function getWithHost(url: string, path: string, host: string, token: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      `${url}${path}`,
      { headers: { Host: host, Authorization: `Bearer ${token}` } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('serveKonanEmulator: which websites may call it', () => {
  it('lets pages on loopback origins call it, on any port', async () => {
    server = await serveKonanEmulator(smallEmulator(), { port: 0 });
    for (const origin of ['http://localhost:6006', 'http://127.0.0.1:3000', 'http://[::1]:5173']) {
      const answer = await preflight(server.url, origin);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect((await login(server.url, origin)).status).toBe(200);
    }
  });

  it('refuses any other website: no CORS grant, and its login is not even tried', async () => {
    const emulator = smallEmulator();
    server = await serveKonanEmulator(emulator, { port: 0 });
    for (const origin of [
      'https://attacker.example',
      'http://localhost.attacker.example',
      'http://127.0.0.1.attacker.example:80',
      'null',
    ]) {
      const answer = await preflight(server.url, origin);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const refused = await login(server.url, origin);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const { detail } = await refused.json();
      expect(detail).toContain(`--cors-origin ${origin}`);
      expect(detail).not.toContain('konan-demo');
    }
    expect(emulator.countRequests()).toBe(0);
  });

  it('allows more origins with corsOrigins, and any origin with "*"', async () => {
    server = await serveKonanEmulator(smallEmulator(), {
      port: 0,
      corsOrigins: ['https://dashboard.example'],
    });
    const allowed = await login(server.url, 'https://dashboard.example');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    expect((await login(server.url, 'http://localhost:6006')).status).toBe(200);
    expect((await login(server.url, 'https://other.example')).status).toBe(403);
    await server.close();

    server = await serveKonanEmulator(smallEmulator(), { port: 0, corsOrigins: ['*'] });
    const any = await login(server.url, 'https://other.example');
    expect(any.status).toBe(200);
    expect(any.headers.get('access-control-allow-origin')).toBe('https://other.example');
  });

  it('refuses a malformed corsOrigins entry with a clear message', async () => {
    await expect(
      serveKonanEmulator(smallEmulator(), { port: 0, corsOrigins: ['dashboard.example'] }),
    ).rejects.toThrow(/corsOrigins.*"dashboard\.example".*https:\/\/dashboard\.example/);
  });
});

describe('serveKonanEmulator: links', () => {
  it('builds next links from the address it serves on, not from the Host header', async () => {
    const emulator = smallEmulator();
    server = await serveKonanEmulator(emulator, { port: 0 });
    const { access } = await (await login(server.url, 'http://localhost:6006')).json();
    const path = `/deployments/${emulator.demo.classifier}/predictions/`;
    const answer = await getWithHost(server.url, path, 'attacker.example', access);
    expect(answer.status).toBe(200);
    const { next } = JSON.parse(answer.body);
    expect(next).toBe(`${server.url}${path}?page=2`);
  });
});
