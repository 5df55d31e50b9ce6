import type { KonanModelState } from '../../client/data-types.js';
import type { BadgeTone } from './badge.js';

/** A model's state as the components show it: anything the server adds later is `other`. */
export type ModelStateKind = 'live' | 'challenger' | 'disabled' | 'other';

export function modelStateKind(state: KonanModelState): ModelStateKind {
  const known: readonly string[] = ['live', 'challenger', 'disabled'];
  return known.includes(state) ? (state as ModelStateKind) : 'other';
}

const TONES: Record<ModelStateKind, BadgeTone> = {
  live: 'success',
  challenger: 'info',
  disabled: 'neutral',
  other: 'warning',
};

/** The badge tone of a model's state, the same in every component. */
export function modelStateTone(state: KonanModelState): BadgeTone {
  return TONES[modelStateKind(state)];
}

/** The names of the model states, in the labels of every component that shows one. */
export interface ModelStateLabels {
  stateLive: string;
  stateChallenger: string;
  stateDisabled: string;
  /** A state this version does not know, as the server sent it. */
  stateOther: (state: string) => string;
  /** A state the server sent empty. */
  stateUnknown: string;
}

export const defaultModelStateLabels: ModelStateLabels = {
  stateLive: 'Live',
  stateChallenger: 'Challenger',
  stateDisabled: 'Disabled',
  stateOther: (state) => `Other: ${state}`,
  stateUnknown: 'Unknown state',
};

/** The name of a model's state in `labels`. */
export function modelStateText(state: KonanModelState, labels: ModelStateLabels): string {
  const kind = modelStateKind(state);
  if (kind === 'live') return labels.stateLive;
  if (kind === 'challenger') return labels.stateChallenger;
  if (kind === 'disabled') return labels.stateDisabled;
  return state.trim() ? labels.stateOther(state) : labels.stateUnknown;
}
