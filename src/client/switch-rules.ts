import type { KonanSwitchModelStateRequest } from './client-interface.js';
import type { KonanModelState } from './data-types.js';
import { KonanInputError } from './errors.js';

const TARGETS = ['live', 'challenger', 'disabled'] as const;
const DEMOTIONS = ['challenger', 'disabled'] as const;

/** The request a model state change needs, once the reference client's rules allow it. */
export type SwitchPlan =
  /** Endpoint 9: promote `newLiveModel`; the current live model moves to `switchTo`. */
  | { kind: 'promote'; switchTo: 'challenger' | 'disabled'; newLiveModel: string }
  /** Endpoint 10: move a non-live model between challenger and disabled. */
  | { kind: 'move'; switchTo: 'challenger' | 'disabled' };

export function checkSwitchRequest(request: KonanSwitchModelStateRequest): void {
  if (!(TARGETS as readonly string[]).includes(request.to)) {
    throw new KonanInputError(
      'to',
      `A model can be switched to live, challenger or disabled, not "${String(request.to)}".`,
    );
  }
  const demote = request.demoteLiveTo;
  if (demote !== undefined && !(DEMOTIONS as readonly string[]).includes(demote)) {
    throw new KonanInputError(
      'demoteLiveTo',
      `The live model can move to challenger or disabled, not "${String(demote)}".`,
    );
  }
}

/**
 * The reference client's rules, applied before anything is sent: switching to the current state
 * is refused, and a live model is only demoted by promoting another one.
 */
export function planSwitch(
  request: KonanSwitchModelStateRequest,
  from: KonanModelState,
): SwitchPlan {
  if (from === request.to) {
    throw new KonanInputError('to', `The model is already ${from}: pick another state.`);
  }
  if (from === 'live') {
    throw new KonanInputError(
      'to',
      'A live model can only be replaced, not demoted: promote another model to live and this one ' +
        `moves to ${request.to === 'disabled' ? 'disabled (demoteLiveTo: "disabled")' : 'challenger'}.`,
    );
  }
  if (request.to === 'live') {
    return {
      kind: 'promote',
      switchTo: request.demoteLiveTo ?? 'challenger',
      newLiveModel: request.modelUuid,
    };
  }
  return { kind: 'move', switchTo: request.to };
}
