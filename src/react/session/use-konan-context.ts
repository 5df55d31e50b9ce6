import { useContext } from 'react';
import { KonanContext, type KonanContextValue } from './konan-context.js';

/** The provider's value, or an immediate error naming the hook and the fix. */
export function useKonanContext(hookName: string): KonanContextValue {
  const value = useContext(KonanContext);
  if (!value) {
    throw new Error(
      `${hookName} must be used inside <KonanProvider>. ` +
        'Wrap your app: <KonanProvider apiKey=...>...</KonanProvider>',
    );
  }
  return value;
}
