import { join } from 'node:path';
import { start } from './processes.js';

export interface InstalledEmulator {
  url: string;
  email: string;
  password: string;
  stop(): Promise<void>;
}

/** Starts the `konan-emulator` bin of the package installed in `dir` on a free port. */
export async function startInstalledEmulator(dir: string): Promise<InstalledEmulator> {
  const process = await start(join(dir, 'node_modules/.bin/konan-emulator'), ['--port', '0'], {
    cwd: dir,
    ready: /Demo account:\s+(\S+) \/ (\S+)/,
  });
  const url = /listening on (http:\/\/\S+)/.exec(process.output())?.[1];
  const [, email = '', password = ''] = process.match;
  if (!url) {
    await process.stop();
    throw new Error(`konan-emulator printed no URL:\n${process.output()}`);
  }
  return { url, email, password, stop: process.stop };
}
