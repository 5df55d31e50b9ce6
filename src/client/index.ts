export * from './client-types';
export { createKonanClient } from './create-client';
export * from './errors';
export { notSentSubmissions } from './not-sent-submissions';
export { DEPLOYMENT_ERROR_TYPES } from './schemas/deployment';
export { PREDEFINED_METRICS } from './schemas/evaluation';
export { MODEL_STATES } from './schemas/model';
export type * from './types';
