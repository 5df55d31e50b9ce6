import { expect } from 'storybook/test';

/** The choices of a segmented group, row by row as laid out (a row per distinct top edge). */
function rowsOf(group: Element): Element[][] {
  const rows = new Map<number, Element[]>();
  for (const segment of group.children) {
    if (!(segment instanceof HTMLElement) || segment.tagName === 'LEGEND') continue;
    const top = Math.round(segment.getBoundingClientRect().top);
    rows.set(top, [...(rows.get(top) ?? []), segment]);
  }
  return [...rows.values()];
}

/**
 * A segmented group (time window, results filter, sign-in method) that wraps: each row fills the
 * group's width, edge to edge (no gap beside a lone last choice), and every row after the first
 * has a divider above it. Returns the number of rows, so a story can insist that it wrapped.
 */
export async function expectSegmentRowsFill(group: Element): Promise<number> {
  const box = group.getBoundingClientRect();
  const border = Number.parseFloat(getComputedStyle(group).borderInlineStartWidth);
  const rows = rowsOf(group);
  for (const row of rows) {
    const edges = row.map((segment) => segment.getBoundingClientRect());
    const left = Math.min(...edges.map((edge) => edge.left));
    const right = Math.max(...edges.map((edge) => edge.right));
    await expect(Math.abs(left - (box.left + border))).toBeLessThan(1.5);
    await expect(Math.abs(right - (box.right - border))).toBeLessThan(1.5);
  }
  for (const row of rows.slice(1)) {
    const first = row[0] as Element;
    await expect(getComputedStyle(first).borderBlockStartStyle).toBe('solid');
    await expect(first.getBoundingClientRect().top).toBeGreaterThan(box.top + border);
  }
  return rows.length;
}
