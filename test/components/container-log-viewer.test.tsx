// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ContainerLogViewer } from '../../src/components/container-log-viewer';
import { ansiClassName } from '../../src/components/container-log-viewer/log-row';

// Counts the renders of the toolbar's search field (otherwise the real one).
const searchRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/shared/search-input', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/components/shared/search-input')>();
  return {
    ...actual,
    SearchInput: (props: Parameters<typeof actual.SearchInput>[0]) => {
      searchRenders.count++;
      return actual.SearchInput(props);
    },
  };
});

// Counts the lines parsed (by the viewer's preparation and by its rows), otherwise the real parser.
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/container-log-viewer/ansi', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/components/container-log-viewer/ansi')>();
  return {
    ...actual,
    parseAnsiLine: (...args: Parameters<typeof actual.parseAnsiLine>) => {
      parsed.count++;
      return actual.parseAnsiLine(...args);
    },
  };
});

afterEach(cleanup);

// jsdom has no layout: give every element a size so the virtualizer has a viewport to fill.
const sizes = { clientHeight: 200, clientWidth: 800, offsetHeight: 200, offsetWidth: 800 };
const own = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    own.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of own) {
    Reflect.deleteProperty(HTMLElement.prototype, key);
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

describe('ContainerLogViewer', () => {
  it('renders a bounded number of lines of a large log', () => {
    const logs = Array.from({ length: 20_000 }, (_, i) => `line ${i}`).join('\n');
    const { container } = render(<ContainerLogViewer logs={logs} height={200} />);
    expect(screen.getByText('20,000 lines')).toBeTruthy();
    const rows = container.querySelectorAll('.konan-container-log-viewer-line');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
  });

  it('renders the lines now in view on a scroll, and not its toolbar again', () => {
    const logs = Array.from({ length: 20_000 }, (_, i) => `line ${i}`).join('\n');
    const { container } = render(<ContainerLogViewer logs={logs} height={200} />);
    const scroller = container.querySelector('.konan-container-log-viewer-scroll') as HTMLElement;
    const before = searchRenders.count;
    scroller.scrollTop = 10_000 * 20;
    fireEvent.scroll(scroller);
    expect(screen.getByText('line 10000')).toBeTruthy();
    expect(searchRenders.count).toBe(before);
  });

  it('shows a long log before preparing all of it, and prepares the rest after the paint', async () => {
    const E = '\u001b';
    const logs = Array.from({ length: 50_000 }, (_, i) => `${E}[32mline ${i}${E}[0m`).join('\n');
    parsed.count = 0;
    render(<ContainerLogViewer logs={logs} height={200} />);
    expect(screen.getByText('line 0')).toBeTruthy();
    // The lines in view and the overscan, each parsed to prepare it and again to draw it.
    expect(parsed.count).toBeLessThan(100);
    await waitFor(() => expect(parsed.count).toBeGreaterThanOrEqual(50_000));
  });

  it('parses only the new lines when a followed log grows', () => {
    const line = (i: number) => `\u001b[3${i % 8}mstep ${i}\u001b[0m\n`;
    const logs = Array.from({ length: 20_000 }, (_, i) => line(i)).join('');
    const { container, rerender } = render(
      <ContainerLogViewer logs={logs} height={200} defaultFollow />,
    );
    // Following, the viewer shows the last lines (jsdom lays nothing out: scroll there by hand).
    const scroller = container.querySelector('.konan-container-log-viewer-scroll') as HTMLElement;
    scroller.scrollTop = 20_000 * 20;
    fireEvent.scroll(scroller);
    expect(screen.getByText('step 19999')).toBeTruthy();
    parsed.count = 0;
    rerender(<ContainerLogViewer logs={logs + line(20_000)} height={200} defaultFollow />);
    expect(screen.getByText('20,001 lines')).toBeTruthy();
    // The new line and the rows drawn again, not the 20,000 lines before it.
    expect(parsed.count).toBeLessThan(200);
  });

  it('searches every line of a log not yet fully prepared', () => {
    const logs = Array.from({ length: 50_000 }, (_, i) => `\u001b[1mline ${i}`).join('\n');
    const { container } = render(<ContainerLogViewer logs={logs} height={200} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the logs' }), {
      target: { value: 'line 49999' },
    });
    expect(screen.getByText('1 of 1')).toBeTruthy();
    // The match was scrolled into view; jsdom fires no scroll event of its own.
    fireEvent.scroll(container.querySelector('.konan-container-log-viewer-scroll') as Element);
    expect(screen.getByText('line 49999', { selector: 'mark' })).toBeTruthy();
  });

  it('counts matches and moves through them with Enter and Shift+Enter', () => {
    render(<ContainerLogViewer logs={'an error\nok\nerror again\nERROR'} />);
    const search = screen.getByRole('searchbox', { name: 'Search the logs' });
    fireEvent.change(search, { target: { value: 'error' } });
    expect(screen.getByText('1 of 3')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(screen.getByText('2 of 3')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    expect(screen.getByText('3 of 3')).toBeTruthy();
  });

  it('shows the empty state for an empty log', () => {
    render(<ContainerLogViewer logs="" />);
    expect(screen.getByText('The container wrote no logs.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('ansiClassName', () => {
  it('maps styles to palette classes and keeps inverse readable', () => {
    const p = 'konan-container-log-viewer';
    expect(ansiClassName(null)).toBeUndefined();
    expect(ansiClassName({ fg: 1, bold: true })).toBe(`${p}-fg1 ${p}-bold`);
    expect(ansiClassName({ inverse: true })).toBe(`${p}-fg-inverse ${p}-bg-inverse`);
    expect(ansiClassName({ inverse: true, fg: 2, bg: 4 })).toBe(`${p}-fg4 ${p}-bg2`);
    expect(ansiClassName({ dim: true })).toBe(`${p}-dim`);
  });
});
