import { isKonanHttpError } from './errors.js';
import type { Http, HttpRequest } from './http.js';
import type { SessionController } from './session.js';
import { joinUrl, requireOrigin } from './url.js';

export type ApiRequest<T> = Omit<HttpRequest<T>, 'token'>;

/** What the endpoint modules share: URLs on the API and authenticated calls to them. */
export interface ApiCaller {
  readonly origin: string;
  /** The absolute URL of a contract path (which starts with `/`). */
  url(path: string): string;
  /**
   * An authenticated call. The URL must be on the API origin (else `KonanForeignOriginError`,
   * nothing sent). A 401 renews the session once and retries the request once: the server did
   * not act on a request it refused to authenticate, so even a POST is safe to repeat. A 401
   * to a token from a re-login ends the session instead of logging in again on every call.
   */
  call<T>(request: ApiRequest<T>): Promise<T>;
}

export function createApiCaller(http: Http, session: SessionController, apiUrl: URL): ApiCaller {
  return {
    origin: apiUrl.origin,
    url: (path) => joinUrl(apiUrl, path),
    async call<T>(request: ApiRequest<T>): Promise<T> {
      requireOrigin(request.url, apiUrl.origin);
      const token = await session.accessToken(request.signal);
      try {
        return await http({ ...request, token });
      } catch (error) {
        if (!isKonanHttpError(error) || error.status !== 401) throw error;
        const renewed = await session.renewAfterRejection(token, request.signal);
        try {
          return await http({ ...request, token: renewed });
        } catch (retryError) {
          if (isKonanHttpError(retryError) && retryError.status === 401) {
            session.retryRejected(renewed);
          }
          throw retryError;
        }
      }
    },
  };
}
