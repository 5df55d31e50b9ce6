import type { KonanModelState } from '../../client/data-types.js';
import { type ModelStateKind, modelStateKind } from '../shared/model-state.js';

/** What a user can do to one model from the panel. */
export type ModelAction = 'promote' | 'make-challenger' | 'disable' | 'delete';

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

/** The state a move action sends. */
export function moveTarget(action: 'make-challenger' | 'disable'): 'challenger' | 'disabled' {
  return action === 'disable' ? 'disabled' : 'challenger';
}
