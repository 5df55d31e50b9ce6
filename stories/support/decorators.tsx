import type { Decorator } from '@storybook/react-vite';
import { type KonanUIOptions, KonanUIProvider } from '../../src/components/shared';
import { konanArabicLabels } from '../../src/locales/ar';

/** The inline size of a 390 px phone's content, inside the story frame's padding. */
export const PHONE_INLINE_SIZE = 358;

/**
 * Renders the story inside `<KonanUIProvider>` in US English (so numbers and dates read the same on
 * every machine) with `options` on top: `withKonanUI({ theme: 'dark' })`. When the toolbar's
 * locale is another one, that locale (and its label pack) stays.
 */
export function withKonanUI(options: KonanUIOptions = {}): Decorator {
  return (Story, { globals }) => (
    <KonanUIProvider
      {...(globals.locale === 'en' || !globals.locale ? { locale: 'en-US' } : {})}
      {...options}
    >
      <Story />
    </KonanUIProvider>
  );
}

/** The story in Arabic, right to left, with the Arabic label pack. */
export const inArabic: Decorator = (Story) => (
  <KonanUIProvider locale="ar" labels={konanArabicLabels}>
    <div dir="rtl" lang="ar">
      <Story />
    </div>
  </KonanUIProvider>
);

/** The story in a box `inlineSize` wide (default: a phone's), e.g. to check that nothing overflows. */
export function inWidth(inlineSize: number = PHONE_INLINE_SIZE): Decorator {
  return (Story) => (
    <div style={{ inlineSize }}>
      <Story />
    </div>
  );
}

/** The story in a box at most `maxInlineSize` wide, as in a page's column. */
export function inMaxWidth(maxInlineSize: number): Decorator {
  return (Story) => (
    <div style={{ maxInlineSize }}>
      <Story />
    </div>
  );
}
