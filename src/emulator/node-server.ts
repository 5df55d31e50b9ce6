import type { IncomingMessage, ServerResponse } from 'node:http';
import { corsPolicy, preflight, refuseOrigin, withCors } from './cors.js';
import type { KonanEmulator } from './types.js';

export interface ServeKonanEmulatorOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /**
   * Browser origins allowed to call the emulator besides loopback pages (`http://localhost:*`,
   * `http://127.0.0.1:*`, `http://[::1]:*`, always allowed), e.g. `https://dashboard.example`;
   * `'*'` allows any. A request from any other origin answers 403 and reaches no route, since
   * anyone can log in with the demo account. Requests without an `Origin` (curl, Node) pass.
   */
  corsOrigins?: readonly string[];
}

export interface KonanEmulatorServer {
  /** e.g. `http://127.0.0.1:4010`: both the auth URL and the API URL; every link it sends is on it. */
  url: string;
  /** The origins allowed to call it, as shown to users: loopback patterns first. */
  corsOrigins: readonly string[];
  close(): Promise<void>;
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody && { body: Buffer.concat(chunks) }),
  });
}

async function send(response: Response, out: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  out.writeHead(response.status, Object.fromEntries(response.headers));
  out.end(body);
}

/** The module name is not a literal, so browser bundlers (webpack, Vite) never try to bundle it. */
const NODE_HTTP = ['node', 'http'].join(':');
function loadNodeHttp(): Promise<typeof import('node:http')> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_HTTP);
}

/**
 * Serves the emulator over HTTP on loopback, with CORS for browser apps on loopback origins and
 * `corsOrigins`. Links (`next`, `previous`) are built from the address it listens on, never from
 * the `Host` header. An injected network fault destroys the connection. `node:http` is imported on call, so importing this module
 * from `konan-react/emulator` in a browser costs nothing.
 */
export async function serveKonanEmulator(
  emulator: KonanEmulator,
  options: ServeKonanEmulatorOptions = {},
): Promise<KonanEmulatorServer> {
  const cors = corsPolicy(options.corsOrigins, 'serveKonanEmulator: corsOrigins');
  const { createServer } = await loadNodeHttp();
  const host = options.host ?? '127.0.0.1';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const ownUrl = () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return `http://${shownHost}:${port}`;
  };
  const server = createServer((message, out) => {
    void (async () => {
      try {
        const request = await toRequest(message, ownUrl());
        const origin = request.headers.get('Origin');
        if (origin !== null && !cors.allows(origin)) return await send(refuseOrigin(origin), out);
        if (request.method === 'OPTIONS') return await send(preflight(request), out);
        const response = await emulator.handle(request);
        await send(withCors(request, response), out);
      } catch {
        // A network fault (or a broken client connection): drop the socket, as a network would.
        message.socket.destroy();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    url: ownUrl(),
    corsOrigins: cors.shown,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
