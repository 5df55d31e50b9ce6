import { decorators as docsDecorators } from '@storybook/react/entry-preview-docs';
import type { Decorator } from '@storybook/react-vite';

const [jsxDecorator] = docsDecorators;

/**
 * In story tests, also runs the decorator that writes a story's "Show code" snippet in docs mode
 * (`@storybook/react`'s `jsxDecorator`, which serialises the story's JSX and args). Storybook skips
 * it in tests (`parameters.__isPortableStory`), so a story whose args it cannot serialise (e.g.
 * `new Date('not a date')`: "RangeError: Invalid time value") rendered blank on its docs page while
 * its test passed. Run here, the same error fails the story's test.
 */
export const withDocsSourceCheck: Decorator = (storyFn, context) => {
  if (!context.parameters.__isPortableStory) return storyFn();
  if (!jsxDecorator) {
    // Storybook writes snippets at compile time when its code-examples features are on.
    throw new Error('@storybook/react has no runtime docs source decorator to check stories with.');
  }
  return jsxDecorator(storyFn, {
    ...context,
    parameters: { ...context.parameters, __isPortableStory: false },
  });
};
