import { useQueries } from '@tanstack/react-query';
import type { KonanDeployment } from '../../client/data-types.js';
import { modelsQuery } from '../../react/query/models-query.js';
import { useKonanQueryContext } from '../../react/session/konan-context.js';
import { modelStateKind } from '../shared/model-state.js';

/**
 * The deployments that have no live model (so answer no prediction), from each one's models
 * query: the same cache entries `useModels` reads, so opening a deployment costs no new request.
 * A deployment whose models are not loaded yet, or failed to load, is not listed: unknown is not
 * "not serving". At most `limit` deployments are checked (the first ones of the list).
 */
export function useNotServing(
  deployments: readonly KonanDeployment[] | undefined,
  enabled: boolean,
  limit = 50,
): string[] {
  const { client, queryClient, authenticated } = useKonanQueryContext('ConnectedDeploymentsList');
  const checked = enabled && authenticated ? (deployments ?? []).slice(0, limit) : [];
  return useQueries(
    {
      queries: checked.map((deployment) => ({
        ...modelsQuery(client, deployment.uuid),
        staleTime: 30_000,
      })),
      combine: (results) =>
        results.flatMap((result, index) => {
          const uuid = checked[index]?.uuid;
          if (!uuid || !result.data) return [];
          return result.data.some((m) => modelStateKind(m.state) === 'live') ? [] : [uuid];
        }),
    },
    queryClient,
  );
}
