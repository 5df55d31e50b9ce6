// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useRowWindow } from '../../src/components/shared/use-row-window';

afterEach(cleanup);

// jsdom has no layout: every scroll area is 200 px tall.
let own: PropertyDescriptor | undefined;
beforeAll(() => {
  own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 200,
  });
});
afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  if (own) Object.defineProperty(HTMLElement.prototype, 'clientHeight', own);
});

function List({ count, list = 'a', center }: { count: number; list?: string; center?: number }) {
  const rows = useRowWindow<HTMLDivElement>({
    count,
    rowHeight: 20,
    initialViewHeight: 200,
    overscan: 2,
    rows: list,
  });
  const shown = [];
  for (let i = rows.start; i < rows.end; i++) shown.push(<p key={i}>row {i}</p>);
  return (
    <>
      {center === undefined ? null : (
        <button type="button" onClick={() => rows.scrollToIndex(center, 'center')}>
          centre
        </button>
      )}
      {count === 0 ? (
        <p>empty</p>
      ) : (
        <div ref={rows.ref} data-testid="scroll">
          {shown}
        </div>
      )}
    </>
  );
}

const shownRows = () => screen.queryAllByText(/^row \d+$/).map((p) => p.textContent);
const scrollTo = (top: number) => {
  const element = screen.getByTestId('scroll');
  element.scrollTop = top;
  fireEvent.scroll(element);
};

describe('useRowWindow', () => {
  it('renders only the rows in view and a few beyond, whatever the count', () => {
    render(<List count={1_000_000} />);
    // 200 px of 20 px rows at the top: exactly 10 in view, plus 2 of overscan below.
    expect(shownRows()).toHaveLength(12);
    expect(shownRows()[0]).toBe('row 0');
    // Scrolled by half a row, 11 are in view (one cut at each edge).
    scrollTo(10);
    expect(shownRows()).toHaveLength(13);
  });

  it('renders every row in view, and at most the overscan beyond each edge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, at) => {
          cleanup();
          render(<List count={count} />);
          const top = Math.floor(at * Math.max(0, count * 20 - 200));
          act(() => scrollTo(top));
          const shown = shownRows().map((text) => Number(text?.slice(4)));
          const firstInView = Math.floor(top / 20);
          const lastInView = Math.min(count, Math.ceil((top + 200) / 20)) - 1;
          for (let i = firstInView; i <= lastInView; i++) expect(shown).toContain(i);
          expect(shown[0]).toBeGreaterThanOrEqual(firstInView - 2);
          expect(shown.at(-1)).toBeLessThanOrEqual(lastInView + 2);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows the scroll position', () => {
    render(<List count={1000} />);
    scrollTo(500 * 20);
    const shown = shownRows();
    expect(shown).toContain('row 500');
    expect(shown).toContain('row 510');
    expect(shown).not.toContain('row 0');
    expect(shown.length).toBeLessThanOrEqual(15);

    scrollTo(999 * 20);
    expect(shownRows().at(-1)).toBe('row 999');
  });

  it('shows another list from its top', () => {
    const { rerender } = render(<List count={1000} />);
    scrollTo(400 * 20);
    expect(shownRows()).toContain('row 400');
    rerender(<List count={1000} list="b" />);
    expect(shownRows()[0]).toBe('row 0');
    expect(screen.getByTestId('scroll').scrollTop).toBe(0);
  });

  it('scrolls a row to the middle of the view', () => {
    render(<List count={1000} center={300} />);
    fireEvent.click(screen.getByRole('button', { name: 'centre' }));
    // Row 300 starts at 6000 px; centred in 200 px, the view starts 90 px above it.
    expect(screen.getByTestId('scroll').scrollTop).toBe(6000 - 90);
    fireEvent.scroll(screen.getByTestId('scroll'));
    expect(shownRows()).toContain('row 300');
  });

  it('follows a scroll area that mounts after the list was empty', () => {
    const { rerender } = render(<List count={0} />);
    expect(screen.getByText('empty')).toBeTruthy();
    rerender(<List count={1000} />);
    act(() => scrollTo(700 * 20));
    expect(shownRows()).toContain('row 700');

    // Emptied and filled again: the new scroll area is at its top, and so are the rows shown.
    rerender(<List count={0} />);
    rerender(<List count={1000} />);
    expect(screen.getByTestId('scroll').scrollTop).toBe(0);
    expect(shownRows()[0]).toBe('row 0');
  });
});
