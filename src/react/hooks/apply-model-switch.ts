import type { KonanSwitchModelStateRequest } from '../../client/client-interface.js';
import type { KonanModel } from '../../client/data-types.js';

/** What `useSwitchModelState(...).mutate` takes. `from` saves the client a read of the models. */
export type KonanModelSwitch = Omit<KonanSwitchModelStateRequest, 'deploymentUuid'>;

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
