export { ConnectedModelsPanel, type ConnectedModelsPanelProps } from './connected-models-panel.js';
export { type ModelAction, modelActions } from './model-actions.js';
export { ModelsPanel, type ModelsPanelProps } from './models-panel.js';
export { defaultModelsPanelLabels, type ModelsPanelLabels } from './models-panel-labels.js';
