import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/*
 * Where the tests find a Chromium, in order: KONAN_CHROMIUM, a system Chromium or Chrome, then
 * Playwright's own browser when one was installed. Nothing here downloads anything: that is
 * ensure-chromium.ts, which `npm test` runs first.
 */

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name: string): string | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

function playwrightsOwn(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export class ChromiumNotFoundError extends Error {}

/** The Chromium to drive, or undefined when there is none on this machine. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.KONAN_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) {
      throw new ChromiumNotFoundError(`KONAN_CHROMIUM is set to ${chosen}, which does not exist.`);
    }
    return chosen;
  }
  return (
    systemBrowsers.find((path) => existsSync(path)) ??
    namesOnPath.map(onPath).find((path) => path !== undefined) ??
    playwrightsOwn()
  );
}

/** The flags every Chromium launch in the tests uses (no sandbox as root, no outside network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
