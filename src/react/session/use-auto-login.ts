import { useEffect, useRef } from 'react';
import type { KonanCredentials, KonanLoginInput, KonanUser } from '../../client/data-types.js';

export interface AutoLogin {
  /** Tells one set of credentials from another without keeping them in state. */
  key: string;
  input: KonanLoginInput;
}

/** What the provider's `apiKey` or `credentials` ask to log in with, if anything. */
export function autoLoginOf(props: {
  apiKey?: string | undefined;
  credentials?: KonanCredentials | undefined;
}): AutoLogin | null {
  if (props.apiKey) return { key: `key\u0000${props.apiKey}`, input: { apiKey: props.apiKey } };
  if (props.credentials) {
    const { email, password } = props.credentials;
    return { key: `password\u0000${email}\u0000${password}`, input: { email, password } };
  }
  return null;
}

/**
 * Logs in on mount with the provider's credentials or API key, and again when they change: once
 * per distinct credentials, also under StrictMode (which runs effects twice on mount).
 */
export function useAutoLogin(
  autoLogin: AutoLogin | null,
  login: (input: KonanLoginInput) => Promise<KonanUser>,
): void {
  const input = useRef<KonanLoginInput | null>(null);
  input.current = autoLogin?.input ?? null;
  const key = autoLogin?.key ?? null;
  const last = useRef<string | null>(null);
  useEffect(() => {
    const current = input.current;
    if (!key || !current || last.current === key) return;
    last.current = key;
    login(current).catch(() => {
      // Reported through `useKonan()` as `status: 'error'`.
    });
  }, [key, login]);
}
