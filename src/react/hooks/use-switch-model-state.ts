import type { UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { KonanModel, KonanModelState } from '../../client/data-types.js';
import type { KonanError } from '../../client/errors.js';
import { callSwitchModelState } from '../endpoints.js';
import { konanKeys } from '../query/konan-keys.js';
import { applyModelSwitch, type KonanModelSwitch } from './apply-model-switch.js';
import type { KonanMutationOptions } from './hook-options.js';
import { useKonanMutation } from './use-konan-mutation.js';

export type { KonanModelSwitch };

export interface KonanModelSwitchContext {
  /** The models list before the optimistic update, restored if the switch fails. */
  previous: KonanModel[] | undefined;
}

/**
 * What `useSwitchModelState` takes last: TanStack's mutation options but `onMutate`, which the
 * hook's optimistic update owns.
 */
export type UseSwitchModelStateOptions = Omit<
  KonanMutationOptions<void, KonanModelSwitch, KonanModelSwitchContext>,
  'onMutate'
>;

/**
 * Move a model to `live`, `challenger` or `disabled`. The models list shows the new states at
 * once (promoting demotes the current live model to `demoteLiveTo`, default `challenger`), goes
 * back to what it was if Konan refuses, and is refetched either way. Its key is
 * `konanKeys.mutations.switchModelState(scope, deploymentUuid)`.
 */
export function useSwitchModelState(
  deploymentUuid: string,
  options: UseSwitchModelStateOptions = {},
): UseMutationResult<void, KonanError, KonanModelSwitch, KonanModelSwitchContext> {
  // The state each change starts from, as the list on screen showed it when it was asked for.
  const knownFrom = useRef(new WeakMap<KonanModelSwitch, KonanModelState>());
  return useKonanMutation('useSwitchModelState', options, ({ client, queryClient, scope }) => {
    const modelsKey = konanKeys.models(scope, deploymentUuid);
    return {
      mutationKey: konanKeys.mutations.switchModelState(scope, deploymentUuid),
      mutationFn: (change: KonanModelSwitch) => {
        const from = change.from ?? knownFrom.current.get(change);
        // With `from` known the client need not read the models list before switching.
        return callSwitchModelState(client, {
          ...change,
          deploymentUuid,
          ...(from !== undefined && { from }),
        });
      },
      onMutate: async (change: KonanModelSwitch) => {
        // A refetch landing after the optimistic update would overwrite it with the old states.
        await queryClient.cancelQueries({ queryKey: modelsKey });
        const previous = queryClient.getQueryData<KonanModel[]>(modelsKey);
        const current = previous?.find((m) => m.uuid === change.modelUuid)?.state;
        if (current !== undefined) knownFrom.current.set(change, current);
        if (previous) queryClient.setQueryData(modelsKey, applyModelSwitch(previous, change));
        return { previous };
      },
      onError: (
        _error: KonanError,
        _change: KonanModelSwitch,
        context: KonanModelSwitchContext | undefined,
      ) => {
        if (context?.previous) queryClient.setQueryData(modelsKey, context.previous);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: modelsKey }),
    };
  });
}
