import { tokensSchema } from '../../src/client/schemas/auth';
import type { KonanEmulator, KonanEmulatorOptions } from '../../src/emulator';
import { createKonanEmulator } from '../../src/emulator';

export const API = 'https://api.konan.ai';
export const AUTH = 'https://auth.konan.ai';

/** A small emulator: tests that do not count the seeded data need only a few predictions. */
export function smallEmulator(options: KonanEmulatorOptions = {}): KonanEmulator {
  return createKonanEmulator({ predictionsPerDeployment: 300, ...options });
}

export function postJson(
  emulator: KonanEmulator,
  url: string,
  body: unknown,
  token?: string,
): Promise<Response> {
  return emulator.fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
}

export async function signIn(emulator: KonanEmulator) {
  const response = await postJson(emulator, `${AUTH}/api/auth/login/`, {
    email: emulator.account.email,
    password: emulator.account.password,
  });
  return tokensSchema.parse(await response.json());
}

/** An API caller signed in as the demo account. */
export async function signedIn(emulator: KonanEmulator) {
  const { access } = await signIn(emulator);
  const url = (path: string) => (path.startsWith('http') ? path : `${API}${path}`);
  const headers = { Authorization: `Bearer ${access}` };
  return {
    access,
    get: (path: string) => emulator.fetch(url(path), { headers }),
    post: (path: string, body: unknown) => postJson(emulator, url(path), body, access),
    delete: (path: string) => emulator.fetch(url(path), { method: 'DELETE', headers }),
  };
}

export type Api = Awaited<ReturnType<typeof signedIn>>;
