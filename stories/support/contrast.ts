/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as computed by the browser, to [r, g, b, a]. */
function channels(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, color.startsWith('rgba') ? a : 1];
}

function luminance(color: string) {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((value) => {
      const s = value / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio of two opaque computed colours. */
export function contrastRatio(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** The colour painted behind an element: the first ancestor's opaque background. */
export function backgroundBehind(element: Element): string {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (channels(color)[3] === 1) return color;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * WCAG 1.4.11 (non-text contrast): a control whose fill is the page's own colour is found by
 * its border, so the border needs 3:1 against what is around it.
 */
export function borderContrast(control: Element) {
  return contrastRatio(getComputedStyle(control).borderTopColor, backgroundBehind(control));
}
