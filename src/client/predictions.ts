import type { ApiCaller } from './api-caller.js';
import { KonanValidationError } from './errors.js';
import { predictionsPageSchema } from './schemas/prediction.js';
import type { KonanPredictionsPage, KonanRequestOptions, KonanTimeWindow } from './types.js';
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
 * Every page in turn, following `next`. Each page goes through the session check first, as the
 * reference client does, so a long walk survives token expiry.
 */
export async function* predictionPages(
  api: ApiCaller,
  deploymentUuid: string,
  window: KonanTimeWindow,
  options: KonanRequestOptions = {},
): AsyncGenerator<KonanPredictionsPage, void, undefined> {
  let page = await listPredictions(api, deploymentUuid, window, options);
  yield page;
  const visited = new Set<string>();
  while (page.next) {
    if (visited.has(page.next)) {
      throw new KonanValidationError({
        url: page.next,
        issues: [{ path: 'next', message: 'points back to a page already read' }],
      });
    }
    visited.add(page.next);
    page = await listPredictions(api, deploymentUuid, window, { ...options, pageUrl: page.next });
    yield page;
  }
}
