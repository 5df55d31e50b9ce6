import { expect, within } from 'storybook/test';
import { konanStory } from './konan';

/**
 * A connected story with nobody logged in: the component shows `message` (its "Log in to see …"
 * line) instead of data. Spread it and add the story's `render`.
 */
export function signedOutStory(message: string) {
  return {
    ...konanStory({ login: false }),
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await expect(await within(canvasElement).findByText(message)).toBeVisible();
    },
  };
}
