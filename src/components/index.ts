import '../styles.css';

export * from './shared';
export * from './time-window-picker';
export * from './container-log-viewer';
export * from './models-panel';
export * from './metrics-panel';
export * from './feedback-results-table';
export * from './feedback-uploader';
export * from './predictions-table';
export * from './deployment-errors-panel';
export * from './login-form';
export * from './deployments-list';
export * from './create-deployment-form';
