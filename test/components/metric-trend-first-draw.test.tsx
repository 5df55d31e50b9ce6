// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MetricTrendChart,
  type MetricTrendPoint,
} from '../../src/components/metric-trend-chart/metric-trend-chart';

const CONTAINER_WIDTH = 400;

const points: MetricTrendPoint[] = Array.from({ length: 5_000 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 0, 1, i)),
  end: new Date(Date.UTC(2026, 0, 1, i + 1)),
  status: 'success',
  metrics: { f1_score: 0.6 + 0.3 * Math.sin(i / 40) },
}));

class StubResizeObserver {
  observe() {}
  disconnect() {}
  unobserve() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', StubResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: CONTAINER_WIDTH,
    height: 220,
  } as DOMRect);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('MetricTrendChart draws its plot once, at the width it is given', () => {
  it('never draws at the 600 px guess before the container is measured', () => {
    const added = new Set<Element>();
    const changed: string[] = [];
    const read = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type === 'attributes') changed.push(record.oldValue ?? '');
        for (const node of record.addedNodes) {
          if (node instanceof Element)
            for (const svg of node.querySelectorAll('svg.konan-chart-svg')) added.add(svg);
        }
      }
    };
    const observer = new MutationObserver(read);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['width'],
      attributeOldValue: true,
    });
    render(<MetricTrendChart points={points} bucket="hour" />);
    read(observer.takeRecords());
    observer.disconnect();
    const svg = document.querySelector('svg.konan-chart-svg');
    expect(svg?.getAttribute('width')).toBe(String(CONTAINER_WIDTH));
    // The plot's svg was added once, already at the container's width, and never resized.
    expect(added.size).toBe(1);
    expect(changed).toEqual([]);
  });

  it('draws through at most four points per pixel column, and focus still has every point', () => {
    render(<MetricTrendChart points={points} bucket="hour" />);
    const d = document.querySelector('path.konan-chart-line')?.getAttribute('d') ?? '';
    const drawn = (d.match(/[ML]/g) ?? []).length;
    expect(drawn).toBeGreaterThan(CONTAINER_WIDTH / 2);
    expect(drawn).toBeLessThanOrEqual(4 * CONTAINER_WIDTH);
    expect(drawn).toBeLessThan(points.length);
    // The keyboard walks the buckets, not the points drawn: End is the last of the 5,000.
    const plot = screen.getByRole('group');
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'End' });
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    const active = plot.getAttribute('aria-activedescendant') ?? '';
    expect(active).toMatch(/-point-4998$/);
  });

  it('on the server, where nothing can be measured, draws at the fallback width', () => {
    const html = renderToString(<MetricTrendChart points={points} bucket="hour" />);
    expect(html).toMatch(/<svg[^>]*width="600"/);
  });
});
