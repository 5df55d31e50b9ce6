// `@storybook/react` ships this entry without types.
declare module '@storybook/react/entry-preview-docs' {
  import type { Decorator } from '@storybook/react-vite';

  export const decorators: Decorator[];
}
