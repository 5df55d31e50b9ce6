import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { KonanUIProvider } from '../src/components/shared/ui-context';
import { konanArabicLabels } from '../src/locales/ar';
import { konanStory, startStoryWorker } from '../stories/support/konan';
import { docsNeighbourCheck } from './docs-neighbour-check';
import { withDocsSourceCheck } from './docs-source-check';
import '../src/styles.css';
import './preview.css';

type Theme = 'light' | 'dark';
type Locale = 'en' | 'ar';
type Direction = 'auto' | 'ltr' | 'rtl';

/** Locales written right to left: the direction "auto" follows the locale. */
const RTL_LOCALES: readonly string[] = ['ar'];

/**
 * Every story renders inside the toolbar's theme, locale and direction: `KonanUIProvider` sets the
 * theme, the number and date formats and (for `ar`, the Arabic label pack) the text of every
 * Konan component, and the wrapper carries `dir`
 * and `lang` (so `:dir(rtl)` and logical CSS properties apply) and the theme for plain markup.
 * A story pins them with `globals: { locale: 'ar', direction: 'rtl' }`.
 */
const withKonanUI: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as Theme;
  const locale = (context.globals.locale ?? 'en') as Locale;
  const direction = (context.globals.direction ?? 'auto') as Direction;
  const dir = direction === 'auto' ? (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr') : direction;
  return (
    <div
      className="konan-story-frame"
      data-konan-theme={theme}
      dir={dir}
      lang={locale}
      // A grid, as many apps lay out a dashboard: a part whose content is wider than the column
      // would widen it (and, at 390 px, make the page scroll sideways: see phone-width-check.ts).
      style={{ display: 'grid', colorScheme: theme }}
    >
      <KonanUIProvider
        theme={theme}
        locale={locale}
        labels={locale === 'ar' ? konanArabicLabels : undefined}
      >
        <Story />
      </KonanUIProvider>
    </div>
  );
};

type ToolbarItem = { value: string; title: string; icon?: string; right?: string };

/** A global the toolbar sets from a menu, titled with its current item. */
function toolbarGlobal(description: string, title: string, icon: string, items: ToolbarItem[]) {
  return { description, toolbar: { title, icon, items, dynamicTitle: true } };
}

// MSW serves the embedded Konan emulator to the stories that ask for one (see stories/support/).
// When STORYBOOK_KONAN_API_URL points at a real Konan, the stories talk to it instead.
const msw = mswLoader(startStoryWorker);

const preview: Preview = {
  loaders: [msw],
  // In story tests, a neighbour story is prepared before each story renders, as on a docs page.
  beforeEach: [docsNeighbourCheck([msw, ...konanStory().loaders])],
  // In story tests, withDocsSourceCheck also writes each story's docs snippet (see its file).
  decorators: [withDocsSourceCheck, withKonanUI],
  tags: ['autodocs'],
  globalTypes: {
    theme: toolbarGlobal('Colour theme of the Konan components', 'Theme', 'contrast', [
      { value: 'light', title: 'Light', icon: 'sun' },
      { value: 'dark', title: 'Dark', icon: 'moon' },
    ]),
    locale: toolbarGlobal(
      'Locale of numbers, dates and text (ar: the Arabic label pack)',
      'Locale',
      'globe',
      [
        { value: 'en', title: 'English (en)', right: 'LTR' },
        { value: 'ar', title: 'العربية (ar)', right: 'RTL' },
      ],
    ),
    direction: toolbarGlobal(
      'Text direction; "auto" follows the locale (ar is right to left)',
      'Direction',
      'transfer',
      [
        { value: 'auto', title: 'Direction: from the locale' },
        { value: 'ltr', title: 'Left to right (ltr)' },
        { value: 'rtl', title: 'Right to left (rtl)' },
      ],
    ),
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto' },
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
