import { createContext, type ReactNode, useContext, useMemo } from 'react';

export interface KonanUIOptions {
  /** BCP 47 locale for numbers and dates. Defaults to the browser's locale. */
  locale?: string;
  /** Force a colour scheme; by default components follow `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
}

const UIContext = createContext<KonanUIOptions>({});

/** Optional: sets the locale and theme of every Konan component below it. */
export function KonanUIProvider({
  children,
  ...options
}: KonanUIOptions & { children: ReactNode }) {
  const value = useMemo(() => options, [options.locale, options.theme]);
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

export function useKonanUI(): KonanUIOptions {
  return useContext(UIContext);
}
