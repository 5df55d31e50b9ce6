export { ConnectedModelsPanel, type ConnectedModelsPanelProps } from './connected-models-panel';
export {
  type ModelAction,
  type ModelStateKind,
  modelActions,
  modelStateKind,
} from './model-actions';
export { ModelsPanel, type ModelsPanelProps } from './models-panel';
export { defaultModelsPanelLabels, type ModelsPanelLabels } from './models-panel-labels';
