import {
  paginate,
  parseWindow,
  type RouteContext,
  type RouteHandler,
  readJson,
  type Window,
} from '../context.js';
import { isJsonObject, type Json } from '../json.js';
import { evaluatePredictions } from '../metrics.js';
import { MODEL_BEHAVIOURS } from '../model-behaviour.js';
import { detail, json } from '../responses.js';
import type { StoredDeployment, StoredPrediction } from '../store.js';

function findDeployment(context: RouteContext): StoredDeployment | Response {
  const uuid = context.params.dep ?? '';
  return context.store.deployments.get(uuid) ?? detail(404, `Deployment ${uuid} not found.`);
}

function inWindow(
  context: RouteContext,
  deployment: StoredDeployment,
  window: Window,
): StoredPrediction[] {
  return context.store.predictionsOf(deployment).filter((p) => {
    const time = p.createdAt.getTime();
    return time >= window.start && time <= window.end;
  });
}

/** POST /deployments/{dep}/predict/ any JSON -> `{prediction_uuid, output}` */
export const predict: RouteHandler = async (context) => {
  const deployment = findDeployment(context);
  if (deployment instanceof Response) return deployment;
  const live = context.store.liveModelOf(deployment.uuid);
  const failure = deployment.errors.length
    ? `${deployment.errors.map((e) => e.field).join(', ')} error`
    : '';
  if (!live) {
    const why = failure ? `its creation failed (${failure})` : 'it has no model yet';
    return detail(
      409,
      `Deployment "${deployment.name}" cannot predict: it has no live model because ${why}. Add a live model with POST /deployments/${deployment.uuid}/models/.`,
    );
  }
  if (live.serving === false) {
    return detail(
      409,
      `Deployment "${deployment.name}" cannot predict: its live model "${live.name}" is not serving because its container did not start (${failure || 'start error'}). Add a working live model with POST /deployments/${deployment.uuid}/models/.`,
    );
  }
  const body = await readJson(context.request);
  if (!body.ok) return body.response;
  if (body.value === undefined) {
    return detail(400, "The request body must be the model's input, as JSON.");
  }
  const input = body.value as Json;
  const output = MODEL_BEHAVIOURS[deployment.kind].predict(input);
  const prediction: StoredPrediction = {
    uuid: context.random.uuid(),
    createdAt: new Date(),
    features: input,
    output,
    feedback: null,
  };
  context.store.addPrediction(deployment, prediction);
  return json({ prediction_uuid: prediction.uuid, output });
};

/** POST /deployments/{dep}/predictions/feedback/ `{feedback: [{prediction_uuid, target}]}` */
export const submitFeedback: RouteHandler = async (context) => {
  const deployment = findDeployment(context);
  if (deployment instanceof Response) return deployment;
  const body = await readJson(context.request);
  if (!body.ok) return body.response;
  const items = isJsonObject(body.value) ? body.value.feedback : undefined;
  if (!Array.isArray(items)) {
    return detail(400, 'Expected {"feedback": [{"prediction_uuid": "...", "target": ...}]}.');
  }
  const data = items.map((item: Json) => {
    const uuid = isJsonObject(item) ? item.prediction_uuid : undefined;
    if (typeof uuid !== 'string' || !isJsonObject(item)) {
      return {
        prediction_uuid: String(uuid ?? ''),
        status: 400,
        message: 'prediction_uuid must be a string.',
      };
    }
    const target = item.target;
    if (typeof target !== 'string' && !isJsonObject(target)) {
      return {
        prediction_uuid: uuid,
        status: 400,
        message: 'target must be a JSON object shaped like the output, or a string.',
      };
    }
    const prediction = context.store.findPrediction(deployment, uuid);
    // **Inferred** reading of the item statuses: 404 unknown prediction, 409 already recorded.
    if (!prediction) {
      return {
        prediction_uuid: uuid,
        status: 404,
        message: 'Prediction not found in this deployment.',
      };
    }
    if (prediction.feedback !== null) {
      return {
        prediction_uuid: uuid,
        status: 409,
        message: 'Feedback already recorded for this prediction.',
      };
    }
    prediction.feedback = target;
    return { prediction_uuid: uuid, status: 201, message: 'Feedback recorded.' };
  });
  const success = data.filter((d) => d.status === 201).length;
  return json(
    { data, success, failure: data.length - success, total: data.length },
    success === data.length ? 201 : 207,
  );
};

/** GET /deployments/{dep}/predictions/?start_time&end_time&page -> newest first, absolute `next`. */
export const listPredictions: RouteHandler = (context) => {
  const deployment = findDeployment(context);
  if (deployment instanceof Response) return deployment;
  const query = context.url.searchParams;
  const parsed = parseWindow(query.get('start_time'), query.get('end_time'));
  if (!parsed.ok) return parsed.response;
  const newestFirst = inWindow(context, deployment, parsed.window).reverse();
  const page = paginate(context.url, newestFirst, context.options.pageSize);
  if (!page.ok) return page.response;
  const { items, ...envelope } = page.body;
  return json({
    ...envelope,
    results: {
      outputs: items.map((p) => ({
        uuid: p.uuid,
        mls_output_json: p.output,
        features_json: p.features,
        feedback: p.feedback,
        // **Inferred**: no public client reads created_at; dashboards need it.
        created_at: p.createdAt.toISOString(),
      })),
    },
  });
};

/** POST /deployments/{dep}/evaluate/ `{start_time, end_time}` -> `{metrics: {predefined, custom}}` */
export const evaluate: RouteHandler = async (context) => {
  const deployment = findDeployment(context);
  if (deployment instanceof Response) return deployment;
  const body = await readJson(context.request);
  if (!body.ok) return body.response;
  const fields = isJsonObject(body.value) ? body.value : {};
  const parsed = parseWindow(fields.start_time, fields.end_time);
  if (!parsed.ok) return parsed.response;
  const behaviour = MODEL_BEHAVIOURS[deployment.kind];
  return json(evaluatePredictions(behaviour, inWindow(context, deployment, parsed.window)));
};
