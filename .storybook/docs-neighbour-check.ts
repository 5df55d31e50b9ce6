import type { LoaderFunction, StoryContext } from '@storybook/react-vite';

/**
 * In story tests, prepares a neighbour story (runs `neighbourLoaders` once more, with a context of
 * no parameters of its own) after this story's loaders and before it renders, as a docs page does:
 * it prepares all of its stories at once, so the next story's loaders run while this one is on
 * screen. `mswLoader` resets MSW's handlers per story, so a Connected story whose handlers or
 * emulator the next story's loaders replace showed "Log in" on its docs page while its test
 * passed. Run here, the same loss fails the story's test.
 */
export function docsNeighbourCheck(neighbourLoaders: readonly LoaderFunction[]) {
  return async (context: StoryContext) => {
    if (!context.parameters.__isPortableStory) return;
    const neighbour = { ...context, parameters: {}, loaded: {} } as StoryContext;
    for (const loader of neighbourLoaders) await loader(neighbour);
  };
}
