import type { KonanSessionState } from '../../client/client-interface.js';
import { isKonanError, KonanError } from '../../client/errors.js';
import type { KonanSessionStatusValue } from './konan-session-value.js';

/**
 * What the provider knows beyond the client's own session state: a login under way, tokens being
 * restored from storage, a logout under way, or the last failure.
 */
export type SessionPhase =
  | { kind: 'idle' }
  | { kind: 'restoring' }
  | { kind: 'authenticating' }
  | { kind: 'logging-out' }
  | { kind: 'error'; error: KonanError };

export const IDLE: SessionPhase = { kind: 'idle' };
export const RESTORING: SessionPhase = { kind: 'restoring' };
export const AUTHENTICATING: SessionPhase = { kind: 'authenticating' };
export const LOGGING_OUT: SessionPhase = { kind: 'logging-out' };

const ANONYMOUS_VALUE = { status: 'anonymous', user: null, error: null } as const;
const AUTHENTICATING_VALUE = { status: 'authenticating', user: null, error: null } as const;

export function sessionStatus(
  phase: SessionPhase,
  state: KonanSessionState,
): KonanSessionStatusValue {
  switch (phase.kind) {
    case 'restoring':
    case 'authenticating':
      return AUTHENTICATING_VALUE;
    // Queries stop at once, before the server has confirmed the logout.
    case 'logging-out':
      return ANONYMOUS_VALUE;
    case 'error':
      return { status: 'error', user: null, error: phase.error };
    case 'idle':
      return state.status === 'authenticated'
        ? { status: 'authenticated', user: state.user, error: null }
        : ANONYMOUS_VALUE;
  }
}

/** Who the session belongs to; a change of identity clears the query cache. */
export function identityOf(state: KonanSessionState): string | null {
  return state.status === 'authenticated'
    ? `${state.user.organizationId}\u0000${state.user.email}`
    : null;
}

export function asKonanError(error: unknown): KonanError {
  if (isKonanError(error)) return error;
  return new KonanError(
    'session',
    error instanceof Error ? error.message : 'Logging in to Konan failed.',
    { cause: error },
  );
}
