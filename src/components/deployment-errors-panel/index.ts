export {
  DeploymentErrorsPanel,
  type DeploymentErrorsPanelProps,
} from './deployment-errors-panel.js';
export {
  type DeploymentErrorCopy,
  type DeploymentErrorsPanelLabels,
  defaultDeploymentErrorsPanelLabels,
} from './deployment-errors-panel-labels.js';
export { type DeploymentErrorGroup, groupDeploymentErrors } from './group-errors.js';
