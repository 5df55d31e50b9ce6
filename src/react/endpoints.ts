import { endpoint } from '../client/call-endpoint.js';
import { createDeployment, deleteDeployment, listDeployments } from '../client/deployments.js';
import { evaluate } from '../client/evaluate.js';
import { submitFeedbacks } from '../client/feedbacks.js';
import { createModel, deleteModel, listModels, switchModelState } from '../client/models.js';
import { predict } from '../client/predict.js';
import { listPredictions } from '../client/predictions.js';

// The endpoints the hooks call, each bound once to its client method, so a hook makes one call:
// `callPredict(client, deploymentUuid, input)`. Each is its own pure export: an app bundles only
// the endpoints its hooks reach.

export const callPredict = /* @__PURE__ */ endpoint('predict', predict);
export const callSubmitFeedbacks = /* @__PURE__ */ endpoint('submitFeedbacks', submitFeedbacks);
export const callListPredictions = /* @__PURE__ */ endpoint('listPredictions', listPredictions);
export const callEvaluate = /* @__PURE__ */ endpoint('evaluate', evaluate);
export const callCreateDeployment = /* @__PURE__ */ endpoint('createDeployment', createDeployment);
export const callListDeployments = /* @__PURE__ */ endpoint('listDeployments', listDeployments);
export const callDeleteDeployment = /* @__PURE__ */ endpoint('deleteDeployment', deleteDeployment);
export const callCreateModel = /* @__PURE__ */ endpoint('createModel', createModel);
export const callListModels = /* @__PURE__ */ endpoint('listModels', listModels);
export const callSwitchModelState = /* @__PURE__ */ endpoint('switchModelState', switchModelState);
export const callDeleteModel = /* @__PURE__ */ endpoint('deleteModel', deleteModel);
