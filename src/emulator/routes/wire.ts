import type { StoredDeployment, StoredModel } from '../store.js';

export function modelJson(model: StoredModel) {
  return {
    uuid: model.uuid,
    name: model.name,
    created_at: model.createdAt.toISOString(),
    state: model.state,
  };
}

export function deploymentJson(deployment: StoredDeployment) {
  return {
    uuid: deployment.uuid,
    name: deployment.name,
    created_at: deployment.createdAt.toISOString(),
  };
}
