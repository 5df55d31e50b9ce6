import type { ApiCaller } from './api-caller.js';
import type { KonanPredictionsPage, KonanRequestOptions, KonanTimeWindow } from './data-types.js';
import { followPages, type KonanPagingOptions } from './paging.js';
import { predictionsPageSchema } from './schemas/prediction.js';
import { requireOrigin, segment } from './url.js';
import { requireUuid, requireWindow } from './validate-input.js';

/** Time windows go on the wire as ISO 8601. */
export const windowQuery = (window: KonanTimeWindow) => ({
  start_time: window.start.toISOString(),
  end_time: window.end.toISOString(),
});

/** One page of GET /deployments/{dep}/predictions/, or the page at `pageUrl` (a previous `next`). */
export async function listPredictions(
  api: ApiCaller,
  deploymentUuid: string,
  window: KonanTimeWindow,
  options: KonanRequestOptions & { pageUrl?: string | undefined } = {},
): Promise<KonanPredictionsPage> {
  requireUuid('deploymentUuid', deploymentUuid);
  requireWindow(window);
  const { signal, pageUrl } = options;
  if (pageUrl !== undefined) {
    // `next` already carries the query: it is followed exactly as given, on the API origin only.
    const url = requireOrigin(pageUrl, api.origin);
    return api.call({ method: 'GET', url, schema: predictionsPageSchema, signal });
  }
  return api.call({
    method: 'GET',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/predictions/`),
    query: windowQuery(window),
    schema: predictionsPageSchema,
    signal,
  });
}

/**
 * Every page in turn, following `next` (see `followPages` for repeats and the page cap). Each page
 * goes through the session check first, as the reference client does, so a long walk survives
 * token expiry.
 */
export function predictionPages(
  api: ApiCaller,
  deploymentUuid: string,
  window: KonanTimeWindow,
  options: KonanRequestOptions & KonanPagingOptions = {},
): AsyncGenerator<KonanPredictionsPage, void, undefined> {
  const { maxPages, ...request } = options;
  return followPages(
    () => listPredictions(api, deploymentUuid, window, request),
    (pageUrl) => listPredictions(api, deploymentUuid, window, { ...request, pageUrl }),
    maxPages,
  );
}
