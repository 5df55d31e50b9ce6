import type { LongTaskFigures } from './bench-api';

// `gc` is declared by @types/node; in the page it is Chromium's, when it runs with
// `--js-flags=--expose-gc` (as the bench launches it).
declare global {
  interface Window {
    /** Set by `test/bench/profile.ts`: starts or stops a trace at `<action>:start` / `:end`. */
    konanBenchPhase?: (phase: string) => Promise<void>;
  }
}

/**
 * Call right before a timed action; returns its start time. Collects garbage first (when the
 * browser exposes `gc`) and waits a frame, so that the previous step's garbage is not collected
 * inside this step's time; the same for konan-react and every baseline and peer.
 */
export async function startTimed(action: string): Promise<number> {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    await afterPaint();
  }
  await window.konanBenchPhase?.(`${action}:start`);
  return performance.now();
}

/** Call right after a timed action (its result has been painted): the time since `start`, ms. */
export async function endTimed(action: string, start: number): Promise<number> {
  const ms = performance.now() - start;
  await window.konanBenchPhase?.(`${action}:end`);
  return ms;
}

/** Resolves just after the next frame is painted: a rAF, then a task queued from it. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Resolves `true` as soon as `done()` holds: checked now, after every DOM mutation under `root`
 * (a microtask after React's commit) and on every frame (for changes that are not mutations,
 * such as a scroll). Resolves `false` after `timeoutMs`.
 */
export function waitFor(root: Node, done: () => boolean, timeoutMs: number): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let frame = 0;
    const finish = (ok: boolean) => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve(ok);
    };
    const check = () => {
      if (done()) finish(true);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const poll = () => {
      check();
      frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    const timer = setTimeout(() => finish(false), timeoutMs);
  });
}

/** The element's box lies inside the scroller's visible box (1 px of rounding allowed). */
export function inView(element: Element, scroller: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  return box.bottom <= view.bottom + 1 && box.top >= view.top - 1;
}

export function mountHost(width = 1000): HTMLDivElement {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  return host;
}

/**
 * Drags the scrollbar to the bottom, as a user does, and again after each settled render while
 * `done()` does not hold (a virtualized list can grow once its last rows are measured). Resolves
 * the number of drags, or `null` when `maxDrags` were not enough.
 */
export async function dragToEnd(
  root: Node,
  scroller: HTMLElement,
  done: () => boolean,
  maxDrags = 20,
): Promise<number | null> {
  for (let drags = 1; drags <= maxDrags; drags++) {
    scroller.scrollTop = scroller.scrollHeight;
    const settled = Promise.all([afterPaint(), afterPaint()]).then(() => afterPaint());
    const shown = await Promise.race([waitFor(root, done, 60_000), settled.then(() => done())]);
    if (shown) return drags;
  }
  return null;
}

/**
 * Starts watching long tasks once the page is idle (a task that built the input is not counted);
 * `stop` resolves what was seen, after a moment for the entries delivered after their task.
 */
export async function watchLongTasks(): Promise<{ stop(): Promise<LongTaskFigures> }> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return {
        longestTaskMs: durations.length > 0 ? Math.max(...durations) : 0,
        longTasks: durations.length,
      };
    },
  };
}
