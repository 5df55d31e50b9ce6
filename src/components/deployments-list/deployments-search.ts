import type { KonanDeployment } from '../../client/data-types.js';

/** Lower case, without accents, so "Résumé" is found by "resume". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The deployments whose name contains every word of the query (any order, any case, accents
 * ignored), or whose UUID starts with it. An empty query keeps them all, in their order.
 */
export function filterDeployments<T extends Pick<KonanDeployment, 'name' | 'uuid'>>(
  deployments: readonly T[],
  query: string,
): readonly T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return deployments;
  const trimmed = query.trim().toLowerCase();
  return deployments.filter((deployment) => {
    const name = fold(deployment.name);
    return (
      words.every((word) => name.includes(word)) ||
      deployment.uuid.toLowerCase().startsWith(trimmed)
    );
  });
}
