import type {
  QueryKey,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
  UseSuspenseInfiniteQueryOptions,
  UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { KonanError } from '../../client/errors.js';

/**
 * What a query hook takes last: TanStack's `useQuery` options but the key and the function, which
 * the hook owns. `select` changes the data type; `enabled` is combined with the session's.
 */
export type KonanQueryOptions<
  TQueryFnData,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<UseQueryOptions<TQueryFnData, KonanError, TData, TQueryKey>, 'queryKey' | 'queryFn'>;

/** The same for `useSuspenseQuery` (which has no `enabled`). */
export type KonanSuspenseQueryOptions<
  TQueryFnData,
  TData = TQueryFnData,
  TQueryKey extends QueryKey = QueryKey,
> = Omit<
  UseSuspenseQueryOptions<TQueryFnData, KonanError, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>;

/** The same for `useInfiniteQuery`; the paging (`initialPageParam`, `getNextPageParam`) is the hook's. */
export type KonanInfiniteQueryOptions<
  TQueryFnData,
  TData,
  TQueryKey extends QueryKey,
  TPageParam,
> = Omit<
  UseInfiniteQueryOptions<TQueryFnData, KonanError, TData, TQueryKey, TPageParam>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>;

/** The same for `useSuspenseInfiniteQuery`. */
export type KonanSuspenseInfiniteQueryOptions<
  TQueryFnData,
  TData,
  TQueryKey extends QueryKey,
  TPageParam,
> = Omit<
  UseSuspenseInfiniteQueryOptions<TQueryFnData, KonanError, TData, TQueryKey, TPageParam>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>;

/**
 * What a mutation hook takes last: TanStack's `useMutation` options but the key and the function,
 * which the hook owns. `onSuccess`, `onError` and `onSettled` run after the hook's own (which
 * update the cache), so they see the refreshed data.
 */
export type KonanMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, KonanError, TVariables, TOnMutateResult>,
  'mutationKey' | 'mutationFn'
>;

/** `enabled` of a hook's query: the hook's own condition (session, ids) and the caller's. */
export function enabledWith<E>(ready: boolean, enabled: E | undefined): E | boolean {
  // `authenticated && (options.enabled ?? true)`, keeping a function `enabled` a function.
  if (!ready) return false;
  return enabled ?? true;
}

/** `enabled` of a query on a deployment's time window: logged in, both chosen, and the caller's. */
export function enabledForWindow<E>(
  authenticated: boolean,
  deploymentUuid: string | undefined,
  timeWindow: unknown,
  enabled: E | undefined,
): E | boolean {
  return enabledWith(authenticated && Boolean(deploymentUuid) && Boolean(timeWindow), enabled);
}

// biome-ignore lint/suspicious/noExplicitAny: the callbacks' arguments differ by TanStack version.
type Callback = ((...args: any[]) => unknown) | undefined;

/** Runs the hook's callback, then the caller's, each awaited, with the same arguments. */
export function thenCall<F extends Callback>(ours: F, theirs: F): F {
  if (!ours) return theirs;
  if (!theirs) return ours;
  return (async (...args: unknown[]) => {
    await ours(...args);
    return theirs(...args);
  }) as F;
}

/** The caller's mutation options with the hook's own callbacks run first. */
export function withMutationCallbacks<
  T extends { onSuccess?: Callback; onError?: Callback; onSettled?: Callback },
>(options: T, ours: Pick<T, 'onSuccess' | 'onError' | 'onSettled'>): T {
  return {
    ...options,
    onSuccess: thenCall(ours.onSuccess, options.onSuccess),
    onError: thenCall(ours.onError, options.onError),
    onSettled: thenCall(ours.onSettled, options.onSettled),
  };
}

/**
 * `konanQueries` options as the base of a hook's: their type fixes the data to the query's own,
 * which the caller's `select` changes, so that part of the type is left to the caller's options.
 */
export function queryBase<T extends object>(options: T): Omit<T, 'select'> {
  return options;
}
