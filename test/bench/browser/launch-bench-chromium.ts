import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs } from '../../browser/find-chromium.js';
import { chromiumPath } from '../../browser/launch-chromium';

/**
 * Headless Chromium with `gc()` exposed to pages: the bench page collects garbage before each
 * timed action (see `startTimed` in `page/settle.ts`), for konan-react and the others alike.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
}
