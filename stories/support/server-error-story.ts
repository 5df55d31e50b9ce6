import { expect, userEvent, within } from 'storybook/test';
import { konanStory } from './konan';

type Canvas = ReturnType<typeof within>;

export interface OneServerError {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  status: number;
  /** The server's `detail`, which the alert must show as it is. */
  detail: string;
}

/**
 * A connected story whose first request to `path` fails: the alert shows the server's message,
 * "Try again" recovers, and `loaded` finds what the component shows once the data is in.
 */
export function recoversFromOneServerError(
  error: OneServerError,
  loaded: (canvas: Canvas) => Promise<HTMLElement>,
) {
  const { detail, ...match } = error;
  return {
    ...konanStory({ faults: [{ ...match, body: { detail }, times: 1 }] }),
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const canvas = within(canvasElement);
      const alert = await canvas.findByRole('alert', undefined, { timeout: 10_000 });
      await expect(alert).toHaveTextContent(detail);
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
      await expect(await loaded(canvas)).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
    },
  };
}
