/** The origins every emulator server accepts: pages served from this machine, on any port. */
export const LOOPBACK_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Which browser origins may call the emulator over HTTP. */
export interface CorsPolicy {
  /** As shown to the user: the loopback patterns, then the extra origins (or `*`). */
  readonly shown: readonly string[];
  allows(origin: string): boolean;
}

function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.origin === origin;
}

/**
 * The policy for loopback origins plus `extra` (exact origins such as `https://app.example`, or
 * `*` for any). `name` is how the caller's setting is named in the message for a bad entry.
 */
export function corsPolicy(extra: readonly string[] = [], name = 'corsOrigins'): CorsPolicy {
  const origins = new Set<string>();
  let any = false;
  for (const entry of extra) {
    if (entry === '*') {
      any = true;
      continue;
    }
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {}
    if (!url || url.origin === 'null' || url.href !== `${url.origin}/` || entry.endsWith('/')) {
      throw new RangeError(
        `${name} "${entry}" is not an origin: give the scheme, host and port only, e.g. https://dashboard.example or http://192.168.1.20:6006, or "*" for any origin.`,
      );
    }
    origins.add(url.origin);
  }
  return {
    shown: [...LOOPBACK_ORIGINS, ...(any ? ['*'] : []), ...origins],
    allows: (origin) => any || origins.has(origin) || isLoopbackOrigin(origin),
  };
}

/** The answer to a request from a page whose origin may not call the emulator. */
export function refuseOrigin(origin: string): Response {
  return Response.json(
    {
      detail: `A page on ${origin} may not call this Konan emulator: only pages on localhost, 127.0.0.1 and [::1] may. To allow it, start konan-emulator with --cors-origin ${origin} (or pass corsOrigins to serveKonanEmulator).`,
    },
    { status: 403 },
  );
}

/** CORS headers that let a browser app on an allowed origin call the emulator with a bearer token. */
export function corsHeaders(request: Request): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.get('Origin') ?? '*',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      request.headers.get('Access-Control-Request-Headers') ?? 'Authorization, Content-Type',
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** The answer to a CORS preflight (OPTIONS) from an allowed origin: never logged, never faulted. */
export function preflight(request: Request): Response {
  return new Response(null, { status: 204, headers: corsHeaders(request) });
}

export function withCors(request: Request, response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(corsHeaders(request))) headers.set(name, value);
  return new Response(response.body, { status: response.status, headers });
}
