import { useMemo } from 'react';
import type { KonanLabelPack, KonanLabelPackKey } from './label-pack.js';
import { useKonanUI } from './ui-context.js';

/**
 * A component's labels: its defaults, then the entry `key` of the `KonanUIProvider` label pack,
 * then the `labels` prop (for a nested component: its parent's `labels.<key>`), each on top of the
 * one before. Returns `defaults` itself when neither overrides anything.
 */
export function useLabels<K extends KonanLabelPackKey>(
  key: K,
  defaults: KonanLabelPack[K],
  overrides: Partial<KonanLabelPack[K]> | undefined,
): KonanLabelPack[K] {
  const fromPack = useKonanUI().labels?.[key];
  return useMemo(() => {
    if (!fromPack && !overrides) return defaults;
    return { ...defaults, ...fromPack, ...overrides };
  }, [defaults, fromPack, overrides]);
}
