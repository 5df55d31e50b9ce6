import {
  type MutationKey,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import type { KonanCore } from '../../client/client-interface.js';
import type { KonanError } from '../../client/errors.js';
import { type KonanKeyScope, konanKeys } from '../query/konan-keys.js';
import { useKonanQueryContext } from '../session/konan-context.js';
import { type KonanMutationOptions, withMutationCallbacks } from './hook-options.js';

/** What a mutation hook builds its mutation from. */
export interface KonanMutationHookContext {
  client: KonanCore;
  queryClient: QueryClient;
  scope: KonanKeyScope;
}

/** A mutation hook's own part: its key, its call, and the cache updates run before the caller's. */
export type KonanMutationSpec<TData, TVariables, TOnMutateResult> = Pick<
  UseMutationOptions<TData, KonanError, TVariables, TOnMutateResult>,
  'onMutate' | 'onSuccess' | 'onError' | 'onSettled'
> & {
  mutationKey: MutationKey;
  mutationFn: (variables: TVariables) => Promise<TData>;
};

/**
 * The body every Konan mutation hook shares: the session's client and QueryClient, no retry (a
 * change is sent once), the hook's key and call, and its callbacks run before the caller's.
 */
export function useKonanMutation<TData, TVariables, TOnMutateResult = unknown>(
  hookName: string,
  options: KonanMutationOptions<TData, TVariables, TOnMutateResult>,
  spec: (
    context: KonanMutationHookContext,
  ) => KonanMutationSpec<TData, TVariables, TOnMutateResult>,
): UseMutationResult<TData, KonanError, TVariables, TOnMutateResult> {
  const { client, queryClient } = useKonanQueryContext(hookName);
  const scope = konanKeys.scopeOf(client);
  const { mutationKey, mutationFn, onMutate, ...ours } = spec({ client, queryClient, scope });
  return useMutation(
    {
      retry: false,
      ...withMutationCallbacks(options, ours),
      mutationKey,
      mutationFn,
      ...(onMutate && { onMutate }),
    },
    queryClient,
  );
}
