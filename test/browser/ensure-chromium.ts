import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ChromiumNotFoundError, findChromium } from './find-chromium.js';

/*
 * The first step of `npm test`: make sure a Chromium is there for the story tests, the consumer
 * apps and the README checks. Uses one that exists; else installs Playwright's (where its
 * download is reachable), else Debian's or Ubuntu's `chromium` package when running as root.
 * Only when all of that fails does it stop, with one line saying what to install.
 */

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
  return result.status === 0;
}

function tryPlaywright(): boolean {
  console.log('ensure-chromium: no Chromium found; trying `playwright install chromium`…');
  return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

function tryAptGet(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('ensure-chromium: installing Chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
    return true;
  } catch {
    return false;
  }
}

function main(): number {
  let found: string | undefined;
  try {
    found = findChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(`ensure-chromium: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (!found) {
    for (const attempt of [tryPlaywright, tryAptGet]) {
      if (attempt()) found = findChromium();
      if (found) break;
    }
  }
  if (!found) {
    console.error(
      'ensure-chromium: no Chromium or Chrome found and none could be installed; install one (e.g. `apt-get install chromium`) or set KONAN_CHROMIUM to its path.',
    );
    return 1;
  }
  console.log(`ensure-chromium: using ${found}`);
  return 0;
}

process.exitCode = main();
