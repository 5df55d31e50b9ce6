import type { KonanPrediction } from '../../../src/client/data-types';
import { paginate, parseWindow } from '../../../src/emulator/context';

/**
 * A `fetch` that answers GET /deployments/{uuid}/predictions/ over `predictions` (each with a
 * `createdAt`) as the emulator does (newest first, pages of 100, absolute `next`), and passes
 * every other request to `rest` (the emulator: login and the rest of the API). The emulator's
 * own seeded predictions have 6 features; this serves the bench's 10.
 */
export function wideListingFetch(
  deploymentUuid: string,
  predictions: readonly KonanPrediction[],
  rest: (input: string | URL | Request, init?: RequestInit) => Promise<Response>,
): typeof fetch {
  const times = predictions.map((p) => p.createdAt?.getTime() ?? 0);
  const order = times.map((_, i) => i).sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0));
  const newestFirst = order.map((i) => predictions[i] as KonanPrediction);
  const newestTimes = order.map((i) => times[i] as number);
  const path = `/deployments/${deploymentUuid}/predictions/`;
  /** The first index (newest first) whose time is at most `time`. */
  const firstAtOrBefore = (time: number) => {
    let low = 0;
    let high = newestTimes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((newestTimes[middle] as number) > time) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.pathname !== path) return rest(request);
    const parsed = parseWindow(
      url.searchParams.get('start_time'),
      url.searchParams.get('end_time'),
    );
    if (!parsed.ok) return parsed.response;
    const { start, end } = parsed.window;
    const inWindow = newestFirst.slice(firstAtOrBefore(end), firstAtOrBefore(start - 1));
    const page = paginate(url, inWindow, 100);
    if (!page.ok) return page.response;
    const { items, ...envelope } = page.body;
    const outputs = items.map((p) => ({
      uuid: p.uuid,
      mls_output_json: p.output,
      features_json: p.features,
      feedback: p.feedback ?? null,
      created_at: p.createdAt?.toISOString(),
    }));
    return Response.json({ ...envelope, results: { outputs } });
  };
}
