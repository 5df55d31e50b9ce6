import type { KonanPrediction, KonanPredictionsPage } from '../../client/data-types.js';

/**
 * The predictions of every page loaded so far, in order, each once. Pages are offsets into a
 * newest-first list, so a prediction made while paging shifts the list and the next page repeats
 * an item; it is shown once.
 */
export function flattenPredictions(pages: readonly KonanPredictionsPage[]): KonanPrediction[] {
  const seen = new Set<string>();
  const rows: KonanPrediction[] = [];
  for (const page of pages) {
    for (const prediction of page.predictions) {
      if (seen.has(prediction.uuid)) continue;
      seen.add(prediction.uuid);
      rows.push(prediction);
    }
  }
  return rows;
}
