import { execFileSync } from 'node:child_process';
import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.js';

export const chromiumPath = findChromium() ?? '/usr/bin/chromium';

/** Headless Chromium for the bench, the consumer apps and screenshots. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/** e.g. "Chromium 156.0.8078.108", or what the launched browser reports. */
export function chromiumVersion(browser: Browser): string {
  try {
    const text = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const match = /Chromium [\d.]+/.exec(text);
    if (match) return match[0];
  } catch {
    // Fall back to the version the DevTools protocol reports.
  }
  return `Chromium ${browser.version()}`;
}
