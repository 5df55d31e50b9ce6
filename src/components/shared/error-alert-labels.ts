/**
 * The words every error is told in: a first line that says what happened in the user's terms and
 * what to do, and the names of the technical details (status, method, address) shown on request.
 */
export interface ErrorAlertLabels {
  /** The disclosure that holds the status, method and address. */
  details: string;
  detailStatus: string;
  detailMethod: string;
  detailUrl: string;
  /** The server's own words, verbatim. */
  detailServerMessage: string;
  /** The first field of a response that did not have the expected shape. */
  detailField: string;
  /** The error's own text, when it came from the client library (input, paging, origin checks). */
  detailMessage: string;
  unknown: string;
  network: string;
  timeout: string;
  aborted: string;
  credentialsRejected: string;
  sessionExpired: string;
  notAuthenticated: string;
  forbidden: string;
  notFound: string;
  /** A prediction was refused because the deployment has no live model (409 on predict). */
  noLiveModel: string;
  /** A name is already taken (409 on creating a deployment or a model). */
  nameTaken: string;
  conflict: string;
  invalidValues: string;
  /** Appended to `invalidValues`: the server's words, which say which value to fix. */
  serverSays: (message: string) => string;
  tooManyRequests: string;
  serverProblem: string;
  unexpectedResponse: string;
  foreignOrigin: string;
  pageLimit: string;
}

export const defaultErrorAlertLabels: ErrorAlertLabels = {
  details: 'Technical details',
  detailStatus: 'Status',
  detailMethod: 'Method',
  detailUrl: 'Address',
  detailServerMessage: 'Konan’s message',
  detailField: 'Field',
  detailMessage: 'Message',
  unknown: 'Something went wrong. Try again.',
  network: 'Konan could not be reached. Check your connection, then try again.',
  timeout: 'Konan took too long to answer. Try again in a moment.',
  aborted: 'The request was cancelled.',
  credentialsRejected: 'Konan rejected these credentials. Check the email and password.',
  sessionExpired: 'The Konan session has expired. Log in again.',
  notAuthenticated: 'You are not logged in. Log in to continue.',
  forbidden: 'This account is not allowed to do that. Ask an administrator of your organisation.',
  notFound: 'Konan could not find it: it may have been deleted. Refresh the page and try again.',
  noLiveModel:
    'This deployment has no live model, so nothing can answer predictions. Add a model and promote it to live in Models, then try again.',
  nameTaken: 'This name is already taken. Choose another name.',
  conflict: 'Konan refused the change: it conflicts with what exists now. Refresh and try again.',
  invalidValues: 'Konan refused the values sent. Check them and try again.',
  serverSays: (message) => `Konan says: “${message}”`,
  tooManyRequests: 'Konan is receiving too many requests. Wait a moment and try again.',
  serverProblem: 'Konan had a problem on its side. Try again in a few minutes.',
  unexpectedResponse:
    'Konan answered in a form this app does not understand; the server may be a newer version. Try again later, or tell your administrator.',
  foreignOrigin:
    'The request was stopped because it pointed outside Konan; your access token was not sent. Tell your administrator.',
  pageLimit:
    'The list is too long to load at once. Narrow it (for example, a shorter time window) and try again.',
};
