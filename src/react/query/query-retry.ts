/**
 * The client already retries idempotent GETs (network errors, 408, 429, 5xx) with backoff.
 * Retrying again here would multiply the attempts (3 x 4 = 12 requests for one outage) and hide
 * failures for longer, so React Query never retries Konan queries.
 */
export const retry = false;
