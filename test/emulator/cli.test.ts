import { afterEach, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../../src/emulator/run-cli';

const started: CliResult[] = [];
afterEach(async () => {
  for (const result of started.splice(0)) await result.server?.close();
});

/** Runs the CLI with `argv`, or with a command line as typed (split on spaces). */
async function run(argv: string[] | string) {
  const args = typeof argv === 'string' ? argv.split(' ') : argv;
  const out: string[] = [];
  const err: string[] = [];
  const result = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  started.push(result);
  return { result, out: out.join('\n'), err: err.join('\n') };
}

async function loginStatus(url: string, body: unknown) {
  const response = await fetch(`${url}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status;
}

describe('konan-emulator CLI', () => {
  it('serves the emulator and prints its URL, the demo account, the API key and a curl login', async () => {
    const { result, out } = await run(['--port', '0']);
    const url = result.server?.url ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out).toContain(url);
    expect(out).toContain('demo@konan.ai / konan-demo');
    expect(out).toContain('konan-demo-key');
    expect(out).toContain(`curl -s -X POST ${url}/api/auth/login/`);
    expect(await loginStatus(url, { email: 'demo@konan.ai', password: 'konan-demo' })).toBe(200);
  });

  it('applies --generation, --access-ttl and --seed', async () => {
    const { result, out } = await run('--port=0 --generation projects --access-ttl 60 --seed 7');
    expect(out).toMatch(/projects, seed 7, access token 60 s/);
    const url = result.server?.url ?? '';
    const login = await fetch(`${url}/api/auth/api_key/`, {
      method: 'POST',
      body: JSON.stringify({ api_key: 'konan-demo-key' }),
    });
    const { access } = await login.json();
    const legacy = await fetch(`${url}/deployments/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${access}` },
      body: JSON.stringify({ deployment_name: 'x', image_url: 'a/b:1', exposed_port: 8000 }),
    });
    expect(legacy.status).toBe(400);
  });

  it('lets only loopback pages call it, plus each --cors-origin, and says which', async () => {
    const { result, out } = await run(
      '--port=0 --cors-origin https://dashboard.example --cors-origin=https://admin.example:8443',
    );
    const url = result.server?.url ?? '';
    expect(out).toContain(
      'http://localhost:*, http://127.0.0.1:*, http://[::1]:*, https://dashboard.example, https://admin.example:8443',
    );
    const from = (origin: string) =>
      fetch(`${url}/deployments/`, { headers: { Origin: origin } }).then((r) => r.status);
    expect(await from('https://dashboard.example')).toBe(401);
    expect(await from('https://admin.example:8443')).toBe(401);
    expect(await from('https://attacker.example')).toBe(403);
  });

  it('warns that the public demo account is reachable when --host is not loopback', async () => {
    const exposed = await run(['--port=0', '--host', '0.0.0.0']);
    expect(exposed.result.exitCode).toBe(0);
    expect(exposed.err).toMatch(/warning: --host 0\.0\.0\.0 .*other machines/i);
    expect(exposed.err).toMatch(/anyone who can reach it can log in/);
    const loopback = await run(['--port=0', '--host', '127.0.0.1']);
    expect(loopback.err).toBe('');
  });

  it('applies --request-log-limit', async () => {
    // The summary line is read off the emulator's resolved options, so it shows what was applied.
    expect((await run(['--port=0', '--request-log-limit', '2'])).out).toMatch(
      /request log keeps the last 2 requests/,
    );
    expect((await run(['--port=0'])).out).toMatch(/request log keeps the last 1000 requests/);
  });

  it('prints the usage for --help without starting a server', async () => {
    const { result, out } = await run(['--help']);
    expect(result).toEqual({ exitCode: 0 });
    expect(out).toMatch(/Usage: konan-emulator/);
    expect(out).toContain('--refresh-ttl');
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /--port must be an integer/],
    [['--generation', 'v3'], /--generation must be "legacy" or "projects"/],
    [['--cors-origin', 'dashboard.example'], /--cors-origin "dashboard\.example" is not an origin/],
    [['--request-log-limit', 'many'], /--request-log-limit must be an integer/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['serve'], /positional/i],
  ])('refuses %j with exit code 2 and a clear message', async (argv, message) => {
    const { result, err } = await run(argv);
    expect(result).toEqual({ exitCode: 2 });
    expect(err).toMatch(message);
    expect(err).toMatch(/--help/);
  });

  it('says so when the port is in use', async () => {
    const first = await run(['--port', '0']);
    const port = new URL(first.result.server?.url ?? '').port;
    const { result, err } = await run(['--port', port]);
    expect(result).toEqual({ exitCode: 1 });
    expect(err).toMatch(new RegExp(`port ${port} is in use`));
  });
});
