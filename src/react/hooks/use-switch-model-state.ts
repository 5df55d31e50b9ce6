import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { callEndpoint } from '../../client/call-endpoint.js';
import type { KonanError } from '../../client/errors.js';
import { switchModelState } from '../../client/models.js';
import type { KonanModel, KonanModelState } from '../../client/types.js';
import { konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/use-konan-query-context.js';
import { applyModelSwitch, type KonanModelSwitch } from './apply-model-switch.js';

export type { KonanModelSwitch };

export interface KonanModelSwitchContext {
  /** The models list before the optimistic update, restored if the switch fails. */
  previous: KonanModel[] | undefined;
}

/**
 * Move a model to `live`, `challenger` or `disabled`. The models list shows the new states at
 * once (promoting demotes the current live model to `demoteLiveTo`, default `challenger`), goes
 * back to what it was if Konan refuses, and is refetched either way.
 */
export function useSwitchModelState(
  deploymentUuid: string,
): UseMutationResult<void, KonanError, KonanModelSwitch, KonanModelSwitchContext> {
  const { client, queryClient } = useKonanQueryContext('useSwitchModelState');
  const modelsKey = konanKeys.models(konanKeys.scopeOf(client), deploymentUuid);
  // The state each change starts from, as the list on screen showed it when it was asked for.
  const knownFrom = useRef(new WeakMap<KonanModelSwitch, KonanModelState>());
  return useMutation(
    {
      mutationFn: (change: KonanModelSwitch) => {
        const from = change.from ?? knownFrom.current.get(change);
        // With `from` known the client need not read the models list before switching.
        return callEndpoint(client, 'switchModelState', switchModelState, {
          ...change,
          deploymentUuid,
          ...(from !== undefined && { from }),
        });
      },
      retry: false,
      onMutate: async (change) => {
        // A refetch landing after the optimistic update would overwrite it with the old states.
        await queryClient.cancelQueries({ queryKey: modelsKey });
        const previous = queryClient.getQueryData<KonanModel[]>(modelsKey);
        const current = previous?.find((m) => m.uuid === change.modelUuid)?.state;
        if (current !== undefined) knownFrom.current.set(change, current);
        if (previous) queryClient.setQueryData(modelsKey, applyModelSwitch(previous, change));
        return { previous };
      },
      onError: (_error, _change, context) => {
        if (context?.previous) queryClient.setQueryData(modelsKey, context.previous);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: modelsKey }),
    },
    queryClient,
  );
}
