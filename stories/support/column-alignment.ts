import { expect } from 'storybook/test';

/**
 * The box around what a cell shows: its text, and in a body cell its controls' own boxes (a
 * button's edge is what the eye lines up, not the text inside its padding). A header's sort
 * button stretches across the cell, so there only its text counts.
 */
function contentBox(cell: Element, controls: boolean): DOMRect | undefined {
  const boxes: DOMRect[] = [];
  const buttons = controls ? [...cell.querySelectorAll('button, svg, img')] : [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    if (buttons.some((button) => button.contains(node))) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(range.getBoundingClientRect());
  }
  for (const control of buttons) boxes.push(control.getBoundingClientRect());
  const shown = boxes.filter((box) => box.width > 0);
  if (shown.length === 0) return undefined;
  const left = Math.min(...shown.map((box) => box.left));
  const right = Math.max(...shown.map((box) => box.right));
  return new DOMRect(left, 0, right - left, 0);
}

/** The physical side a cell's values line up on, from its `text-align` and direction. */
function alignedSide(cell: Element): 'left' | 'right' | undefined {
  const { textAlign, direction } = getComputedStyle(cell);
  const rtl = direction === 'rtl';
  if (textAlign === 'left' || textAlign === 'right') return textAlign;
  if (textAlign === 'start') return rtl ? 'right' : 'left';
  if (textAlign === 'end') return rtl ? 'left' : 'right';
  return undefined;
}

/**
 * Each column's header sits over its values: on the side the column's cells align their values
 * (the end for numbers, the start for text; left or right depending on the direction), the
 * header's text lines up with theirs, within `tolerance` pixels (paddings and badges differ).
 */
export async function expectHeadersOverValues(table: HTMLElement, tolerance = 12) {
  if (!(table instanceof HTMLTableElement)) throw new Error('expected a <table>');
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
  if (headers.length === 0 || rows.length === 0)
    throw new Error('no header or body rows to compare');
  for (const [column, header] of headers.entries()) {
    const cells = rows.flatMap((row) => (row.cells[column] ? [row.cells[column]] : []));
    const headerBox = contentBox(header, false);
    const side = cells[0] && alignedSide(cells[0]);
    if (!headerBox || !side) continue;
    const name = header.textContent?.trim();
    for (const cell of cells) {
      const box = contentBox(cell, true);
      if (!box) continue;
      await expect(
        Math.abs(headerBox[side] - box[side]),
        `"${name}" is over its values: its ${side} edge and that of "${cell.textContent?.trim()}"`,
      ).toBeLessThanOrEqual(tolerance);
    }
  }
}

/** No header's text runs past its own cell into the next one (a narrow column wraps it). */
export async function expectHeadersFit(table: HTMLElement) {
  const headers = [...table.querySelectorAll('thead th')];
  if (headers.length === 0) throw new Error('no header cells to measure');
  for (const header of headers) {
    const cell = header.getBoundingClientRect();
    const text = contentBox(header, false);
    if (!text) continue;
    await expect(
      text.left >= cell.left - 0.5 && text.right <= cell.right + 0.5,
      `"${header.textContent?.trim()}" fits its cell (${Math.round(text.left)}–${Math.round(text.right)} in ${Math.round(cell.left)}–${Math.round(cell.right)})`,
    ).toBe(true);
  }
}
