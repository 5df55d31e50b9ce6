export {
  ConnectedFeatureDriftPanel,
  type ConnectedFeatureDriftPanelProps,
  windowBefore,
} from './connected-feature-drift-panel.js';
export { FeatureDriftPanel, type FeatureDriftPanelProps } from './feature-drift-panel.js';
export {
  defaultFeatureDriftPanelLabels,
  type FeatureDriftPanelLabels,
} from './feature-drift-panel-labels.js';
