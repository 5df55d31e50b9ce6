import type { ApiCaller } from './api-caller.js';
import type { KonanJson, KonanPrediction, KonanRequestOptions } from './data-types.js';
import { predictResponseSchema } from './schemas/prediction.js';
import { segment } from './url.js';
import { requireJson, requireUuid } from './validate-input.js';

/** POST /deployments/{dep}/predict/: the body is the model's input itself. Never retried. */
export async function predict(
  api: ApiCaller,
  deploymentUuid: string,
  input: KonanJson,
  { signal }: KonanRequestOptions = {},
): Promise<KonanPrediction> {
  requireUuid('deploymentUuid', deploymentUuid);
  requireJson('input', input);
  return api.call({
    method: 'POST',
    url: api.url(`/deployments/${segment('deploymentUuid', deploymentUuid)}/predict/`),
    json: input,
    schema: predictResponseSchema,
    signal,
  });
}
