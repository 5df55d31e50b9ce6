import { parseArgs } from 'node:util';
import { corsPolicy } from './cors.js';
import { createKonanEmulator } from './emulator.js';
import { type KonanEmulatorServer, serveKonanEmulator } from './node-server.js';
import type { KonanEmulatorGeneration } from './types.js';

export const CLI_USAGE = `Usage: konan-emulator [options]

Serves a stateful Konan API (auth and API on one origin) with seeded demo data.

Options:
  --port N               port to listen on (default 4010; 0 picks a free port)
  --host HOST            interface to bind (default 127.0.0.1, loopback only)
  --access-ttl SECONDS   access token lifetime (default 300)
  --refresh-ttl SECONDS  refresh token lifetime (default 86400)
  --generation G         legacy (default) or projects (POST /deployments/ creates projects)
  --seed N               demo data seed (default 42): same seed, same data
  --cors-origin ORIGIN   also let pages on ORIGIN call it (repeatable; "*" for any). Pages on
                         http://localhost:*, http://127.0.0.1:* and http://[::1]:* always may
  --request-log-limit N  how many of the latest requests the emulator keeps (default 1000)
  -h, --help             show this help`;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export type CliResult =
  | { exitCode: number; server?: undefined }
  | { exitCode: 0; server: KonanEmulatorServer };

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

function integerFlag(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new RangeError(`--${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'access-ttl': { type: 'string' },
      'refresh-ttl': { type: 'string' },
      generation: { type: 'string' },
      seed: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'request-log-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const generation = values.generation ?? 'legacy';
  if (generation !== 'legacy' && generation !== 'projects') {
    throw new RangeError(`--generation must be "legacy" or "projects", got "${generation}".`);
  }
  const corsOrigins = values['cors-origin'] ?? [];
  corsPolicy(corsOrigins, '--cors-origin'); // throws the message for a bad origin
  return {
    help: values.help === true,
    corsOrigins,
    requestLogLimit: integerFlag(
      'request-log-limit',
      values['request-log-limit'],
      0,
      Number.MAX_SAFE_INTEGER,
    ),
    port: integerFlag('port', values.port, 0, 65535) ?? 4010,
    host: values.host ?? '127.0.0.1',
    accessTtlSeconds: integerFlag('access-ttl', values['access-ttl'], 1, 31_536_000),
    refreshTtlSeconds: integerFlag('refresh-ttl', values['refresh-ttl'], 1, 31_536_000),
    generation: generation as KonanEmulatorGeneration,
    seed: integerFlag('seed', values.seed, 0, 4_294_967_295),
  };
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * The `konan-emulator` command: parses the flags, serves the emulator and prints how to use it.
 * Returns the running server (the caller stops it), or an exit code when nothing was started.
 */
export async function runCli(
  argv: string[],
  output: CliOutput = consoleOutput,
): Promise<CliResult> {
  let flags: ReturnType<typeof parse>;
  try {
    flags = parse(argv);
  } catch (error) {
    output.err(`konan-emulator: ${(error as Error).message}`);
    output.err('Run konan-emulator --help for the options.');
    return { exitCode: 2 };
  }
  if (flags.help) {
    output.out(CLI_USAGE);
    return { exitCode: 0 };
  }
  const emulator = createKonanEmulator({
    generation: flags.generation,
    ...(flags.seed !== undefined && { seed: flags.seed }),
    ...(flags.accessTtlSeconds !== undefined && { accessTtlSeconds: flags.accessTtlSeconds }),
    ...(flags.refreshTtlSeconds !== undefined && { refreshTtlSeconds: flags.refreshTtlSeconds }),
    ...(flags.requestLogLimit !== undefined && { requestLogLimit: flags.requestLogLimit }),
  });
  let server: KonanEmulatorServer;
  try {
    server = await serveKonanEmulator(emulator, {
      port: flags.port,
      host: flags.host,
      corsOrigins: flags.corsOrigins,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    output.err(
      code === 'EADDRINUSE'
        ? `konan-emulator: port ${flags.port} is in use. Pass another --port, or --port 0 for a free one.`
        : `konan-emulator: cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}`,
    );
    return { exitCode: 1 };
  }
  const { email, password, apiKey } = emulator.account;
  const { accessTtlSeconds, refreshTtlSeconds, seed, generation, requestLogLimit } =
    emulator.options;
  const login = JSON.stringify({ email, password });
  if (!isLoopbackHost(flags.host)) {
    output.err(
      `konan-emulator: warning: --host ${flags.host} makes the emulator reachable from other machines, and its demo account is public: anyone who can reach it can log in. Use it only on a network you trust.`,
    );
  }
  output.out(`Konan emulator listening on ${server.url}`);
  output.out(`  Auth URL and API URL: ${server.url}`);
  output.out(`  Demo account:         ${email} / ${password}`);
  output.out(`  API key:              ${apiKey}`);
  output.out(
    `  Generation ${generation}, seed ${seed}, access token ${accessTtlSeconds} s, refresh token ${refreshTtlSeconds} s`,
  );
  output.out(`  Pages allowed to call it: ${server.corsOrigins.join(', ')}`);
  output.out(`  The request log keeps the last ${requestLogLimit} requests`);
  output.out(
    `  Deployments: Loan approval ${emulator.demo.classifier}, House prices ${emulator.demo.regressor}, Churn forecast (failed) ${emulator.demo.failed}`,
  );
  output.out('Log in:');
  output.out(
    `  curl -s -X POST ${server.url}/api/auth/login/ -H 'Content-Type: application/json' -d '${login}'`,
  );
  output.out('Press Ctrl-C to stop.');
  return { exitCode: 0, server };
}
