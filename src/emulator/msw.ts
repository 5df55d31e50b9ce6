import { type HttpHandler, HttpResponse, http } from 'msw';
import type { KonanEmulator } from './types.js';

export interface KonanHandlersOptions {
  /** Default `https://auth.konan.ai`. */
  authUrl?: string;
  /** Default `https://api.konan.ai`. */
  apiUrl?: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * MSW 2 handlers serving the emulator on the auth and API origins, for `setupServer`
 * (msw/node) and `setupWorker` (msw/browser). An injected network fault becomes
 * `HttpResponse.error()`. Both URLs are origins: the emulator routes on the full pathname.
 */
export function konanHandlers(
  emulator: KonanEmulator,
  options: KonanHandlersOptions = {},
): HttpHandler[] {
  const origins = [
    ...new Set([
      trimSlash(options.authUrl ?? 'https://auth.konan.ai'),
      trimSlash(options.apiUrl ?? 'https://api.konan.ai'),
    ]),
  ];
  return origins.map((origin) =>
    http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await emulator.handle(request);
      } catch (error) {
        // A network fault, or a request its client aborted (nobody reads that answer).
        if (error instanceof TypeError || request.signal.aborted) return HttpResponse.error();
        throw error;
      }
    }),
  );
}
