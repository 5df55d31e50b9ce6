import { afterEach } from 'vitest';
import { page } from 'vitest/browser';

/** A phone's viewport: the brief's 390 px wide. */
const PHONE = { width: 390, height: 844 } as const;

/** `parameters.phoneWidth: false` on a story drawn wider than a phone on purpose. */
interface StoryOnTest {
  id: string;
  parameters: { phoneWidth?: boolean };
}

const sticksOut = (element: Element, width: number) => {
  const box = element.getBoundingClientRect();
  // A visually hidden label (1 px, clipped) is read by screen readers, never panned to.
  if (box.width <= 1) return false;
  return box.right > width + 0.5 || box.left < -0.5;
};

const describe = (element: Element) => {
  const name = element
    .getAttribute('class')
    ?.split(' ')
    .find((c) => c.startsWith('konan-'));
  return `<${element.tagName.toLowerCase()}${name ? ` class="${name}…"` : ''}>`;
};

/**
 * After each story test (its play function done), the page is narrowed to a phone's width and
 * fails if it then scrolls sideways: a user on a phone would have to pan to read it. The error
 * names the parts that stick out past a parent that does not, which is where the overflow starts.
 * Story tests otherwise run at addon-vitest's 1200 px.
 */
afterEach(async (context) => {
  const story = (context as unknown as { story?: StoryOnTest }).story;
  if (!story || story.parameters.phoneWidth === false) return;
  await page.viewport(PHONE.width, PHONE.height);
  // Charts and windows re-measure on resize: give their observers two frames to lay out again.
  for (let frame = 0; frame < 2; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const html = document.documentElement;
  if (html.scrollWidth <= html.clientWidth) return;
  const width = html.clientWidth;
  const origins = [...document.body.querySelectorAll('*')].filter(
    (element) =>
      sticksOut(element, width) &&
      !(element.parentElement && sticksOut(element.parentElement, width)),
  );
  throw new Error(
    `${story.id}: at ${width} px wide the page scrolls sideways to ${html.scrollWidth} px. ` +
      `Sticking out: ${origins.slice(0, 3).map(describe).join(', ') || 'nothing in the story'}.`,
  );
});
