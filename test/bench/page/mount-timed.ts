import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterPaint, endTimed, mountHost, startTimed, waitFor } from './settle';

export interface TimedMount {
  host: HTMLDivElement;
  root: Root;
  ms: number;
}

/**
 * Renders `node` into a fresh host and times it from `render` to just after the paint in which
 * `shown(host)` first holds; throws when it does not hold within `limitMs`.
 */
export async function mountTimed(
  action: string,
  node: ReactNode,
  shown: (host: HTMLDivElement) => boolean,
  limitMs: number,
  width?: number,
): Promise<TimedMount> {
  const host = mountHost(width);
  const root = createRoot(host);
  const start = await startTimed(action);
  root.render(node);
  if (!(await waitFor(host, () => shown(host), limitMs))) {
    throw new Error(`${action}: nothing shown within ${limitMs} ms`);
  }
  await afterPaint();
  return { host, root, ms: await endTimed(action, start) };
}

/** Unmounts what `mountTimed` rendered and removes its host. */
export function unmount({ host, root }: Pick<TimedMount, 'host' | 'root'>): void {
  root.unmount();
  host.remove();
}

/**
 * Times `act()` (a click, a resize) to just after the paint in which `done()` first holds under
 * `root`; `null` when it does not hold within `limitMs`.
 */
export async function timeAction(
  action: string,
  root: Node,
  act: () => void,
  done: () => boolean,
  limitMs: number,
): Promise<number | null> {
  const start = await startTimed(action);
  act();
  const settled = await waitFor(root, done, limitMs);
  await afterPaint();
  const ms = await endTimed(action, start);
  return settled ? ms : null;
}
