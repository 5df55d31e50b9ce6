export {
  ConnectedDeploymentsList,
  type ConnectedDeploymentsListProps,
} from './connected-deployments-list.js';
export { DeploymentsList, type DeploymentsListProps } from './deployments-list.js';
export {
  type DeploymentsListLabels,
  defaultDeploymentsListLabels,
} from './deployments-list-labels.js';
export { filterDeployments } from './deployments-search.js';
