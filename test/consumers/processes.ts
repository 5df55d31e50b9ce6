import { type ChildProcess, spawn } from 'node:child_process';

/** npm settings a caller may choose for the fixtures' installs (e.g. an empty cache, to time it). */
const keptNpmSettings = new Set(['npm_config_cache', 'npm_config_registry']);

/**
 * The environment fixtures run in: no npm_* variables of an enclosing `npm run` (its
 * npm_config_local_prefix would point the fixtures' npm at this repository), no telemetry.
 */
export function fixtureEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (!lower.startsWith('npm_') || keptNpmSettings.has(lower)) env[key] = value;
  }
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export class CommandError extends Error {}

function tail(text: string, lines = 25): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs a command to its end; rejects with the end of its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<string> {
  const { cwd, env = fixtureEnv(), timeoutMs = 300_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${command} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const why = signal ? `was stopped (${signal}, timeout ${timeoutMs} ms)` : `exited ${code}`;
        reject(new CommandError(`${command} ${args.join(' ')} ${why}:\n${tail(output)}`));
      }
    });
  });
}

export interface Background {
  /** The first match of `ready` in the process's output. */
  match: RegExpExecArray;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a long-running command (a server) in its own process group and resolves once its
 * output matches `ready`. `stop()` ends the group, so workers it spawned end with it.
 */
export function start(
  command: string,
  args: string[],
  options: RunOptions & { ready: RegExp },
): Promise<Background> {
  const { cwd, env = fixtureEnv(), timeoutMs = 60_000, ready } = options;
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    const killer = setTimeout(() => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }, 5_000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new CommandError(`${command} was not ready within ${timeoutMs} ms:\n${tail(output)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ match, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new CommandError(`${command} could not start: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new CommandError(`${command} exited ${code} before it was ready:\n${tail(output)}`));
    });
  });
}
