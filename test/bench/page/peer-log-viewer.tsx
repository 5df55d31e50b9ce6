import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useRef } from 'react';
import { defaultContainerLogViewerLabels } from '../../../src/components/container-log-viewer/container-log-viewer-labels';
import { LogRow } from '../../../src/components/container-log-viewer/log-row';
import { useLogLines } from '../../../src/components/container-log-viewer/use-log-lines';
import { KonanRoot } from '../../../src/components/shared';
import { labelCount } from '../../../src/components/shared/labels';

const LINE_HEIGHT = 20;
const OVERSCAN = 12;
const P = 'konan-container-log-viewer';
const noMatches: never[] = [];
const lineCut = (hidden: number) =>
  defaultContainerLogViewerLabels.lineCut(labelCount(hidden, String));

/**
 * The peer: the same lines (split and ANSI-parsed by the project's own `useLogLines`, drawn by the same
 * `LogRow` in the same stylesheet) windowed by `@tanstack/react-virtual`'s `useVirtualizer` with a
 * fixed `estimateSize`, as its docs show. Only the windowing differs from `ContainerLogViewer`.
 */
export function PeerLogViewer({ logs, height }: { logs: string; height: number }) {
  const lines = useLogLines(logs);
  const count = lines.raw.length;
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: OVERSCAN,
  });
  return (
    <KonanRoot className={P}>
      <section
        ref={scrollRef}
        className={`${P}-scroll`}
        style={{ height, '--konan-log-digits': String(count).length } as CSSProperties}
      >
        <div className={`${P}-sizer`} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <LogRow
              key={item.key}
              index={item.index}
              top={item.start}
              raw={lines.raw[item.index] as string}
              plainLength={lines.plain(item.index).length}
              startStyle={lines.startStyle(item.index)}
              lineNumber={String(item.index + 1)}
              matches={noMatches}
              matchFrom={0}
              matchTo={0}
              current={-1}
              lineCut={lineCut}
            />
          ))}
        </div>
      </section>
    </KonanRoot>
  );
}
