export * from './client-types';
export * from './errors';
export type * from './types';
