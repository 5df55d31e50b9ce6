export * from './client';
export * from './components';
export * from './react';
