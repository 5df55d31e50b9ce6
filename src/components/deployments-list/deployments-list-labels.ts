/** Every text the deployments list shows. Functions build the texts that name a value. */
export interface DeploymentsListLabels {
  title: string;
  loading: string;
  loadError: string;
  refreshError: string;
  retry: string;
  signedOut: string;
  empty: string;
  emptyHint: string;
  create: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchResults: (shown: number, total: number) => string;
  noMatch: (query: string) => string;
  clearSearch: string;
  created: (date: string) => string;
  /** Shown for a deployment whose name is empty. */
  unnamed: string;
  count: (count: number) => string;
  delete: string;
  deleteAction: (name: string) => string;
  deleting: string;
  deleteTitle: (name: string) => string;
  deleteDescription: string;
  deleteConfirm: string;
  cancel: string;
  deleteFailed: (name: string) => string;
  deleted: (name: string) => string;
}

export const defaultDeploymentsListLabels: DeploymentsListLabels = {
  title: 'Deployments',
  loading: 'Loading deployments…',
  loadError: 'The deployments could not be loaded',
  refreshError: 'The deployments could not be refreshed; showing the last known list.',
  retry: 'Retry',
  signedOut: 'Log in to see your deployments.',
  empty: 'No deployments yet',
  emptyHint: 'A deployment serves your model behind an API. Create one to start.',
  create: 'Create deployment',
  searchLabel: 'Search deployments',
  searchPlaceholder: 'Name',
  searchResults: (shown, total) => `${shown} of ${total} deployments`,
  noMatch: (query) => `No deployment matches “${query}”.`,
  clearSearch: 'Clear search',
  created: (date) => `Created ${date}`,
  unnamed: 'Unnamed deployment',
  count: (count) => `${count}`,
  delete: 'Delete',
  deleteAction: (name) => `Delete deployment ${name}`,
  deleting: 'Deleting…',
  deleteTitle: (name) => `Delete the deployment “${name}”?`,
  deleteDescription:
    'Its models, predictions and feedback are deleted with it, and its API stops answering. This cannot be undone.',
  deleteConfirm: 'Delete deployment',
  cancel: 'Cancel',
  deleteFailed: (name) => `“${name}” was not deleted`,
  deleted: (name) => `“${name}” was deleted.`,
};
