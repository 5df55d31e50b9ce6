import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';

// MSW serves the embedded Konan emulator to stories that ask for it (see stories/support/).
// When STORYBOOK_KONAN_API_URL points at a real Konan, the stories talk to it instead.
const preview: Preview = {
  loaders: [mswLoader()],
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // The Dashboard first: it is what a newcomer should see after `npm start`.
    options: {
      storySort: { order: ['Examples', ['Dashboard'], 'Components', 'Design system'] },
    },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: {
      // Every story fails its test on any axe violation.
      test: 'error',
    },
  },
};

export default preview;
