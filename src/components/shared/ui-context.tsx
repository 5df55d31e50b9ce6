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

/**
 * Optional: sets the locale, theme and texts of every Konan component below it. Inside another
 * one it changes only what it names: the rest (and each component's texts it does not name) comes
 * from the outer provider.
 */
export function KonanUIProvider({
  children,
  locale,
  theme,
  labels,
}: KonanUIOptions & { children: ReactNode }) {
  const outer = useContext(UIContext);
  const value = useMemo(
    () => ({
      locale: locale ?? outer.locale,
      theme: theme ?? outer.theme,
      labels: mergePacks(outer.labels, labels),
    }),
    [outer, locale, theme, labels],
  );
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

/** `inner` on top of `outer`, component by component. */
function mergePacks(
  outer: KonanPartialLabelPack | undefined,
  inner: KonanPartialLabelPack | undefined,
): KonanPartialLabelPack | undefined {
  if (!outer || !inner) return inner ?? outer;
  const merged: Record<string, object | undefined> = { ...outer };
  for (const [key, texts] of Object.entries(inner)) {
    merged[key] = { ...merged[key], ...texts };
  }
  return merged as KonanPartialLabelPack;
}

export function useKonanUI(): KonanUIOptions {
  return useContext(UIContext);
}
