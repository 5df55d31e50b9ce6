import type { KonanModelState } from '../../client/types.js';
import type { BadgeTone } from '../shared/index.js';

/** A model's state as the panel shows it: anything the server adds later is `other`. */
export type ModelStateKind = 'live' | 'challenger' | 'disabled' | 'other';

/** What a user can do to one model from the panel. */
export type ModelAction = 'promote' | 'make-challenger' | 'disable' | 'delete';

export function modelStateKind(state: KonanModelState): ModelStateKind {
  const known: readonly string[] = ['live', 'challenger', 'disabled'];
  return known.includes(state) ? (state as ModelStateKind) : 'other';
}

const ACTIONS: Record<ModelStateKind, readonly ModelAction[]> = {
  // A deployment always has one live model: it is replaced by promoting another, never demoted,
  // disabled or deleted on its own (Konan refuses all three).
  live: [],
  challenger: ['promote', 'disable', 'delete'],
  disabled: ['make-challenger', 'delete'],
  // Unknown to this version: offer the moves Konan accepts from any non-live state.
  other: ['make-challenger', 'disable', 'delete'],
};

/** The actions a model in `state` offers, in the order the panel shows them. */
export function modelActions(state: KonanModelState): readonly ModelAction[] {
  return ACTIONS[modelStateKind(state)];
}

const TONES: Record<ModelStateKind, BadgeTone> = {
  live: 'success',
  challenger: 'info',
  disabled: 'neutral',
  other: 'warning',
};

export function modelStateTone(state: KonanModelState): BadgeTone {
  return TONES[modelStateKind(state)];
}

/** The state a move action sends. */
export function moveTarget(action: 'make-challenger' | 'disable'): 'challenger' | 'disabled' {
  return action === 'disable' ? 'disabled' : 'challenger';
}
