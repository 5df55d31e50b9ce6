import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokensSchema } from '../../src/client/schemas/auth';
import { deploymentsPageSchema } from '../../src/client/schemas/deployment';
import { konanHandlers } from '../../src/emulator/msw';
import { smallEmulator } from './helpers';

const emulator = smallEmulator();
const onPremises = smallEmulator({ seed: 7 });
const server = setupServer(
  ...konanHandlers(emulator),
  ...konanHandlers(onPremises, {
    authUrl: 'https://konan.bank.example/',
    apiUrl: 'https://konan.bank.example',
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  emulator.reset();
  onPremises.reset();
});
afterAll(() => server.close());

async function login(authUrl: string) {
  const response = await fetch(`${authUrl}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'demo@konan.ai', password: 'konan-demo' }),
  });
  expect(response.status).toBe(200);
  return tokensSchema.parse(await response.json());
}

describe('konanHandlers (msw/node)', () => {
  it('serves auth on auth.konan.ai and the API on api.konan.ai to plain fetch', async () => {
    const { access } = await login('https://auth.konan.ai');
    const response = await fetch('https://api.konan.ai/deployments/', {
      headers: { Authorization: `Bearer ${access}` },
    });
    expect(response.status).toBe(200);
    const page = deploymentsPageSchema.parse(await response.json());
    expect(page.deployments.map((d) => d.uuid)).toContain(emulator.demo.classifier);
    expect(emulator.countRequests({ path: '/deployments/' })).toBe(1);
  });

  it('serves an emulator on custom URLs, both on one origin', async () => {
    const { access } = await login('https://konan.bank.example');
    const response = await fetch(
      `https://konan.bank.example/deployments/${onPremises.demo.classifier}/predictions/`,
      { headers: { Authorization: `Bearer ${access}` } },
    );
    const body = await response.json();
    expect(body.next).toMatch(/^https:\/\/konan\.bank\.example\/deployments\//);
    expect(emulator.countRequests()).toBe(0);
  });

  it('turns an injected network fault into a failed fetch', async () => {
    emulator.faults.add({ path: '/api/auth/login/', networkError: true });
    await expect(
      fetch('https://auth.konan.ai/api/auth/login/', { method: 'POST', body: '{}' }),
    ).rejects.toThrow(TypeError);
  });

  it('passes injected statuses and headers through', async () => {
    emulator.faults.add({
      status: 503,
      body: { detail: 'Maintenance' },
      headers: { 'Retry-After': '2' },
    });
    const response = await fetch('https://api.konan.ai/deployments/');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
  });
});
