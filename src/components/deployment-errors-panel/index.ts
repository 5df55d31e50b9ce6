export { DeploymentErrorsPanel, type DeploymentErrorsPanelProps } from './deployment-errors-panel';
export {
  type DeploymentErrorCopy,
  type DeploymentErrorsPanelLabels,
  defaultDeploymentErrorsPanelLabels,
} from './deployment-errors-panel-labels';
export { type DeploymentErrorGroup, groupDeploymentErrors } from './group-errors';
