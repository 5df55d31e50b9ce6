export * from './client-interface.js';
export { createKonanClient } from './create-client.js';
export type * from './data-types.js';
export * from './errors.js';
export { notSentSubmissions } from './not-sent-submissions.js';
export { KONAN_MAX_PAGES, type KonanPagingOptions } from './paging.js';
export { DEPLOYMENT_ERROR_TYPES } from './schemas/deployment.js';
export { PREDEFINED_METRICS } from './schemas/evaluation.js';
export { MODEL_STATES } from './schemas/model.js';
