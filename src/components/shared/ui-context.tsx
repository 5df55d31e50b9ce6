import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { KonanPartialLabelPack } from './label-pack.js';

export interface KonanUIOptions {
  /** BCP 47 locale for numbers and dates. Defaults to the browser's locale. */
  locale?: string | undefined;
  /** Force a colour scheme; by default components follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | undefined;
  /**
   * The text of every component below: a label pack such as `konanArabicLabels` (from
   * `konan-react/locales/ar`), or some components' texts. A component's `labels` prop still
   * overrides it (defaults < pack < `labels`).
   */
  labels?: KonanPartialLabelPack | undefined;
}

const UIContext = createContext<KonanUIOptions>({});

/** Optional: sets the locale, theme and texts of every Konan component below it. */
export function KonanUIProvider({
  children,
  locale,
  theme,
  labels,
}: KonanUIOptions & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, theme, labels }), [locale, theme, labels]);
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

export function useKonanUI(): KonanUIOptions {
  return useContext(UIContext);
}
