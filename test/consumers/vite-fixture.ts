import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../browser/launch-chromium.js';
import { assert, type Check, type Fixture } from './check.js';
import { startInstalledEmulator } from './installed-emulator.js';
import { run } from './processes.js';
import { serveStatic } from './static-server.js';

const outputDir = join(import.meta.dirname, '.output');
/** What a browser draws for an unstyled <button>. */
const browserGrey = 'rgb(239, 239, 239)';

interface Styles {
  accent: string;
  accentColour: string;
  buttonBackground: string;
}

/** Builds the app, serves it, and signs in to the installed emulator in Chromium. */
async function signInInChromium(dir: string, screenshot: string): Promise<string> {
  const emulator = await startInstalledEmulator(dir);
  const site = await serveStatic(join(dir, 'dist'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // What the emulator refused or never answered, to say why a chart shows a failed bucket.
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(emulator.url) && response.status() >= 400)
        refused.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(emulator.url))
        refused.push(`${request.failure()?.errorText} ${request.method()} ${request.url()}`);
    });
    await page.goto(`${site.url}/?konan=${encodeURIComponent(emulator.url)}`);
    await page.getByLabel('Email', { exact: true }).fill(emulator.email);
    await page.getByLabel('Password', { exact: true }).fill(emulator.password);
    const styles: Styles = await page.evaluate(() => {
      const root = document.querySelector('.konan');
      const button = document.querySelector('.konan button[type="submit"]');
      if (!root || !button) return { accent: '', accentColour: '', buttonBackground: '' };
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--konan-accent)';
      root.append(probe);
      const accentColour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return {
        accent: getComputedStyle(root).getPropertyValue('--konan-accent').trim(),
        accentColour,
        buttonBackground: getComputedStyle(button).backgroundColor,
      };
    });
    assert(styles.accent !== '', '--konan-accent is not set on .konan: styles.css did not load.');
    assert(
      styles.buttonBackground === styles.accentColour && styles.buttonBackground !== browserGrey,
      `The primary button's background is ${styles.buttonBackground}, not the accent ${styles.accentColour}.`,
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Loan approval').first().click({ timeout: 20_000 });
    // The models panel of the picked deployment: a table with state badges and action buttons.
    await page.getByRole('columnheader', { name: 'State' }).waitFor({ timeout: 20_000 });
    // The volume chart, from the packed dist: bars drawn and a summary written show it ran.
    const summary = page.locator('.konan-chart-summary').first();
    await summary.waitFor({ timeout: 20_000 });
    const bars = await page.locator('figure svg .konan-chart-bar').count();
    assert(bars > 0, 'The prediction volume chart drew no bars.');
    // The emulator is healthy, so no day fails; days still loading must not be called failed
    // (the chart did, mid-load, and React 18's timing showed it in a screenshot).
    const notice = (await page.locator('.konan-chart-notice').allTextContents()).join(' ');
    assert(
      !/could not be loaded/.test(notice),
      `The volume chart says "${notice}"; requests refused or failed: ${refused.join('; ') || 'none'}.`,
    );
    // The log viewer, from the packed dist: its count, and a search that finds the last line
    // (parsed after the first paint, or on the search if the background has not reached it).
    await page.getByText('20,000 lines').waitFor({ timeout: 20_000 });
    await page.getByRole('searchbox', { name: 'Search the logs' }).fill('step 20000');
    await page.getByText('1 of 1', { exact: true }).waitFor({ timeout: 20_000 });
    const found = await page.locator('mark[data-current]').textContent();
    assert(found === 'step 20000', `The log search marked "${found}", not the last line.`);
    await mkdir(outputDir, { recursive: true });
    const path = join(outputDir, screenshot);
    await page.screenshot({ path, fullPage: true });
    assert(pageErrors.length === 0, `The page threw: ${pageErrors.join('; ')}`);
    return `--konan-accent ${styles.accent}, button ${styles.buttonBackground}; volume chart drawn, "${(await summary.textContent())?.slice(0, 60)}…"; log search found line 20,000; screenshot ${path}`;
  } finally {
    await browser.close();
    await site.close();
    await emulator.stop();
  }
}

export function viteFixture(name: string): Fixture {
  return {
    name,
    sources: ['vite-app', name],
    checks: (dir): Check[] => [
      {
        name: `${name}: tsc --noEmit (bundler, skipLibCheck false)`,
        run: async () => {
          await run(join(dir, 'node_modules/.bin/tsc'), ['--noEmit'], { cwd: dir });
          return undefined;
        },
      },
      {
        name: `${name}: vite build`,
        run: async () => {
          await run(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir });
          return undefined;
        },
      },
      {
        name: `${name}: signs in in Chromium, opens Loan approval's models and volume chart, searches a 20,000-line log, styles.css applies`,
        run: () => signInInChromium(dir, `${name}.png`),
      },
    ],
  };
}
