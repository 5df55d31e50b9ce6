import '../styles.css';

export * from './container-log-viewer';
export * from './create-deployment-form';
export * from './deployment-errors-panel';
export * from './deployments-list';
export * from './feedback-results-table';
export * from './feedback-uploader';
export * from './login-form';
export * from './metrics-panel';
export * from './models-panel';
export * from './prediction-playground';
export * from './predictions-table';
export * from './shared';
export * from './time-window-picker';
