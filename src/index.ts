export * from './client';
export * from './components';
