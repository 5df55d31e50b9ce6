import type { ApiCaller } from './api-caller.js';
import type { KonanEvaluation, KonanRequestOptions, KonanTimeWindow } from './data-types.js';
import { windowQuery } from './predictions.js';
import { evaluationSchema } from './schemas/evaluation.js';
import { segment } from './url.js';
import { requireUuid, requireWindow } from './validate-input.js';

/** POST /deployments/{dep}/evaluate/ with the window as ISO 8601. */
export async function evaluate(
  api: ApiCaller,
  deploymentUuid: string,
  window: KonanTimeWindow,
  { signal }: KonanRequestOptions = {},
): Promise<KonanEvaluation> {
  requireUuid('deploymentUuid', deploymentUuid);
  requireWindow(window);
  return api.call({
    method: 'POST',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/evaluate/`),
    json: windowQuery(window),
    schema: evaluationSchema,
    signal,
  });
}
