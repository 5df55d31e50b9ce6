import type { Browser, Page } from 'playwright-core';
import type { KonanBenchApi } from '../page/bench-api';
import { withTimeout } from '../with-timeout';

/** One page load, including the 100,000-row plain table (minutes on a loaded machine). */
const PAGE_LIMIT_MS = 600_000;

export type Progress = (message: string) => void;

/** Where and how often the browser sections run: the bench page, its runs, progress lines. */
export interface BenchPages {
  browser: Browser;
  url: string;
  reps: Reps;
  progress: Progress;
}

/** How many times to run konan-react and the baseline. */
export interface Reps {
  konan: number;
  baseline: number;
}

/** Runs `work` in a fresh browser context (a fresh heap and cache) on the bench page. */
export async function inFreshPage<T>(
  browser: Browser,
  url: string,
  what: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset.benchReady === 'true', null, {
      timeout: 30_000,
    });
    const result = await withTimeout(work(page), PAGE_LIMIT_MS, what).catch((error: Error) => {
      throw new Error(
        `${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
      );
    });
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Runs each variant its number of times, alternating them so drift hits them alike. The first
 * variant is konan-react, the second the baseline and a third, if any, the peer (run as often as
 * konan-react).
 */
export async function repeat<K extends string, T>(
  reps: Reps,
  variants: readonly [K, K] | readonly [K, K, K],
  run: (variant: K) => Promise<T>,
  progress: Progress,
  what: string,
): Promise<Record<K, T[]>> {
  const names = ['konan-react', 'baseline', 'peer'];
  const counts = [reps.konan, reps.baseline, reps.konan];
  const out = Object.fromEntries(variants.map((v) => [v, []])) as unknown as Record<K, T[]>;
  for (let i = 0; i < Math.max(reps.konan, reps.baseline); i++) {
    for (const [v, variant] of variants.entries()) {
      const count = counts[v] as number;
      if (i >= count) continue;
      progress(`${what}: ${names[v]} ${i + 1}/${count}`);
      out[variant].push(await run(variant));
    }
  }
  return out;
}

type Bench = keyof KonanBenchApi;
type VariantOf<B extends Bench> = Parameters<KonanBenchApi[B]>[0];
type FiguresOf<B extends Bench> = Awaited<ReturnType<KonanBenchApi[B]>>;

/**
 * `window.konanBench[bench](variant, size)` for each variant (see `repeat`), each run in a fresh
 * page; `what` names the runs in the progress lines and errors.
 */
export function runBench<B extends Bench>(
  { browser, url, reps, progress }: BenchPages,
  bench: B,
  size: number,
  variants:
    | readonly [VariantOf<B>, VariantOf<B>]
    | readonly [VariantOf<B>, VariantOf<B>, VariantOf<B>],
  what: string,
): Promise<Record<VariantOf<B>, FiguresOf<B>[]>> {
  return repeat(
    reps,
    variants,
    (variant) =>
      inFreshPage(browser, url, `${what} (${variant})`, (page) =>
        page.evaluate(
          ([b, v, n]) => {
            const api = window.konanBench as NonNullable<Window['konanBench']>;
            return (api[b] as (variant: string, size: number) => Promise<FiguresOf<B>>)(v, n);
          },
          [bench, variant, size] as const,
        ),
      ),
    progress,
    what,
  );
}
