import type { ComponentType } from 'react';
import { ContainerLogViewer } from '../../../src/components/container-log-viewer';
import { generateAnsiLog } from '../data/ansi-log';
import type { LogVariant, LogViewerFigures } from './bench-api';
import { mountTimed, unmount } from './mount-timed';
import { PeerLogViewer } from './peer-log-viewer';
import { afterPaint, dragToEnd, endTimed, inView, startTimed } from './settle';

const HEIGHT = 360;
const LIMIT_MS = 300_000;
const LINE = '.konan-container-log-viewer-line';

/** The baseline: the whole log, escapes and all, as the text of one `<pre>`. */
function PreLog({ logs, height }: { logs: string; height: number }) {
  return (
    <pre className="bench-pre" style={{ height, overflow: 'auto', margin: 0 }}>
      {logs}
    </pre>
  );
}

const VIEWERS: Record<LogVariant, ComponentType<{ logs: string; height: number }>> = {
  konan: ContainerLogViewer,
  pre: PreLog,
  peer: PeerLogViewer,
};

/**
 * First render and DOM lines of a log, then a scroll to its last line; then the same log mounted
 * again in that page (what a dashboard sees once fonts and locale data are loaded). The baseline
 * puts the whole log, escapes and all, in one `<pre>` (it cannot show colours).
 */
export async function logViewerBench(
  variant: LogVariant,
  bytes: number,
): Promise<LogViewerFigures> {
  const log = generateAnsiLog(bytes);
  let logLines = 1;
  for (let i = log.indexOf('\n'); i !== -1; i = log.indexOf('\n', i + 1)) logLines++;
  const { host, root, ms: firstRenderMs } = await mountLog(variant, log, 'first-render');
  const domLines = variant === 'pre' ? logLines : host.querySelectorAll(LINE).length;

  const scroller = host.querySelector(
    variant === 'pre' ? 'pre' : '.konan-container-log-viewer-scroll',
  ) as HTMLElement;
  const scrollStart = await startTimed('scroll');
  const scrollDrags = await dragToEnd(host, scroller, () => {
    if (variant === 'pre') {
      return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    }
    const last = host.querySelector(`${LINE}[data-index="${logLines - 1}"]`);
    return last !== null && inView(last, scroller);
  });
  await afterPaint();
  const scrollMs = await endTimed('scroll', scrollStart);
  const scrollEndMs = scrollDrags === null ? null : scrollMs;
  unmount({ host, root });

  const again = await mountLog(variant, log, 'warm-render');
  unmount(again);
  return {
    firstRenderMs,
    warmRenderMs: again.ms,
    domLines,
    logLines,
    bytes: log.length,
    scrollEndMs,
    scrollDrags,
  };
}

/** Mounts a log and times it from `render` to just after the paint that shows its first line. */
function mountLog(variant: LogVariant, log: string, action: string) {
  const Viewer = VIEWERS[variant];
  const shown = (host: HTMLElement) =>
    host.querySelector(variant === 'pre' ? 'pre' : LINE) !== null;
  return mountTimed(action, <Viewer logs={log} height={HEIGHT} />, shown, LIMIT_MS);
}
