import type { ApiCaller } from './api-caller';
import { windowQuery } from './predictions';
import { evaluationSchema } from './schemas/evaluation';
import type { KonanEvaluation, KonanRequestOptions, KonanTimeWindow } from './types';
import { segment } from './url';
import { requireUuid, requireWindow } from './validate-input';

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
    url: api.url(`/deployments/${segment(deploymentUuid)}/evaluate/`),
    json: windowQuery(window),
    schema: evaluationSchema,
    signal,
  });
}
