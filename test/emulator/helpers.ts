import { expect } from 'vitest';
import { tokensSchema } from '../../src/client/schemas/auth';
import { predictionsPageSchema } from '../../src/client/schemas/prediction';
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

/** Every page of a predictions listing from `first` (a path or URL), following `next` as given. */
export async function listPages(api: Api, first: string) {
  const pages = [];
  let url: string | null = first;
  while (url) {
    const response = await api.get(url);
    expect(response.status).toBe(200);
    const page = predictionsPageSchema.parse(await response.json());
    pages.push(page);
    url = page.next;
  }
  return pages;
}

/** Every prediction of a deployment, or of its `window`, newest first. */
export async function listPredictions(
  api: Api,
  deployment: string,
  window?: { start: Date; end: Date },
) {
  const query = window
    ? `?${new URLSearchParams({ start_time: window.start.toISOString(), end_time: window.end.toISOString() })}`
    : '';
  const pages = await listPages(api, `/deployments/${deployment}/predictions/${query}`);
  return pages.flatMap((page) => page.predictions);
}
