export {
  ConnectedDeploymentsList,
  type ConnectedDeploymentsListProps,
} from './connected-deployments-list';
export { DeploymentsList, type DeploymentsListProps } from './deployments-list';
export {
  type DeploymentsListLabels,
  defaultDeploymentsListLabels,
} from './deployments-list-labels';
export { filterDeployments } from './deployments-search';
