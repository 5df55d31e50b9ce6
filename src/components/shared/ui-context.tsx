import { createContext, type ReactNode, useContext, useMemo } from 'react';

export interface KonanUIOptions {
  /** BCP 47 locale for numbers and dates. Defaults to the browser's locale. */
  locale?: string | undefined;
  /** Force a colour scheme; by default components follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | undefined;
}

const UIContext = createContext<KonanUIOptions>({});

/** Optional: sets the locale and theme of every Konan component below it. */
export function KonanUIProvider({
  children,
  locale,
  theme,
}: KonanUIOptions & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, theme }), [locale, theme]);
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

export function useKonanUI(): KonanUIOptions {
  return useContext(UIContext);
}
