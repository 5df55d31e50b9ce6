// Throwaway: screenshots of the Dashboard story from a running `storybook dev` on port 6011.
import { launchChromium } from './test/browser/launch-chromium.ts';
const browser = await launchChromium();
const base = 'http://127.0.0.1:6011/iframe.html?id=examples-dashboard--dashboard&viewMode=story';
const runs = [
  { name: 'desktop', w: 1440, h: 900, globals: 'theme:light' },
  { name: 'phone', w: 390, h: 844, globals: 'theme:light' },
  { name: 'dark', w: 1440, h: 900, globals: 'theme:dark' },
  { name: 'arabic', w: 1440, h: 900, globals: 'theme:light;locale:ar;direction:rtl' },
  { name: 'arabic-dark', w: 390, h: 844, globals: 'theme:dark;locale:ar;direction:rtl' },
];
for (const r of runs) {
  const page = await browser.newPage({ viewport: { width: r.w, height: r.h } });
  await page.goto(`${base}&globals=${r.globals}`);
  const ar = r.globals.includes('locale:ar');
  await page.locator('input[type=email]').fill('demo@konan.ai', { timeout: 90_000 });
  await page.locator('input[type=password]').fill('konan-demo');
  await page.keyboard.press('Enter');
  await page.locator('.konan-deployment-overview, [class*=overview]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/shots/${r.name}-1-home.png`, fullPage: false });
  const open = page.getByRole('button', { name: ar ? /Loan approval/ : 'Open Loan approval' }).first();
  await open.click();
  await page.getByRole('tab', { name: ar ? 'المراقبة' : 'Monitoring' }).click();
  await page.waitForTimeout(6000);
  await page.screenshot({ path: `/tmp/shots/${r.name}-2-monitoring.png`, fullPage: true });
  await page.getByRole('tab', { name: ar ? 'المقاييس' : 'Metrics' }).click();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/shots/${r.name}-3-metrics.png`, fullPage: true });
  await page.getByRole('tab', { name: ar ? 'التنبؤات' : 'Predictions' }).click();
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/shots/${r.name}-4-predictions.png`, fullPage: false });
  console.log('done', r.name);
  await page.close();
}
await browser.close();
