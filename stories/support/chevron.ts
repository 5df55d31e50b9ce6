/**
 * Which way a border-drawn chevron (two sides of a square, turned) points on screen, read from its
 * computed borders and transform: the corner between its two drawn sides, turned by the matrix.
 * A test of what a user sees, however the CSS gets there (logical or physical sides, any turn).
 */
export function chevronPoints(element: Element): 'left' | 'right' | 'up' | 'down' {
  const style = getComputedStyle(element);
  const drawn = (side: 'Top' | 'Right' | 'Bottom' | 'Left') =>
    Number.parseFloat(style[`border${side}Width`]) > 0 ? 1 : 0;
  const x = drawn('Right') - drawn('Left');
  const y = drawn('Bottom') - drawn('Top');
  const [a = 1, b = 0, c = 0, d = 1] =
    style.transform === 'none'
      ? []
      : (style.transform
          .match(/matrix\(([^)]+)\)/)?.[1]
          ?.split(',')
          .map(Number) ?? []);
  const across = a * x + c * y;
  const down = b * x + d * y;
  if (Math.abs(across) > Math.abs(down)) return across > 0 ? 'right' : 'left';
  return down > 0 ? 'down' : 'up';
}
