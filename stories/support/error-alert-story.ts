import { expect, userEvent, within } from 'storybook/test';
import { KonanHttpError } from '../../src/client/errors';

export interface ErrorAlertStoryOptions {
  /** The failed request, as the client reports it. */
  error: ConstructorParameters<typeof KonanHttpError>[0];
  /** The alert's title. */
  title: string;
  /** More text the alert must show (e.g. the server's message). */
  shows?: string;
  /** A role nothing may have while the alert shows (e.g. `table`: no stale rows). */
  hides?: string;
  /** The name of the button that retries. Default "Try again". */
  retry?: string;
}

/**
 * A view story given a failed request: the alert says what failed, and its button calls `onRetry`
 * once. `args` are the story's other args.
 */
export function errorAlertStory<A extends object>(options: ErrorAlertStoryOptions, args?: A) {
  const { error, title, shows, hides, retry = 'Try again' } = options;
  return {
    args: { ...args, error: new KonanHttpError(error) } as A & { error: KonanHttpError },
    play: async ({
      canvasElement,
      args: { onRetry },
    }: {
      canvasElement: HTMLElement;
      args: { onRetry?: unknown };
    }) => {
      const canvas = within(canvasElement);
      const alert = canvas.getByRole('alert');
      await expect(alert).toHaveTextContent(title);
      if (shows) await expect(alert).toHaveTextContent(shows);
      if (hides) await expect(canvas.queryByRole(hides)).toBeNull();
      await userEvent.click(canvas.getByRole('button', { name: retry }));
      await expect(onRetry).toHaveBeenCalledOnce();
    },
  };
}
