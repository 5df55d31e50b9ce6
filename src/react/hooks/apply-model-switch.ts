import type { KonanModel } from '../../client/types.js';
import type { KonanModelSwitch } from './use-switch-model-state.js';

/** The models list as it will be once the switch succeeds: what the optimistic update shows. */
export function applyModelSwitch(
  models: readonly KonanModel[],
  change: KonanModelSwitch,
): KonanModel[] {
  if (change.to !== 'live') {
    return models.map((m) => (m.uuid === change.modelUuid ? { ...m, state: change.to } : m));
  }
  const demoted = change.demoteLiveTo ?? 'challenger';
  return models.map((m) => {
    if (m.uuid === change.modelUuid) return { ...m, state: 'live' };
    return m.state === 'live' ? { ...m, state: demoted } : m;
  });
}
