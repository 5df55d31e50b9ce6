import type { KonanLabelCount } from '../shared/labels.js';
import type { RefreshedListStateLabels } from '../shared/list-state-labels.js';

/** Every text the deployments list shows. Functions build the texts that name a value. */
export interface DeploymentsListLabels extends RefreshedListStateLabels {
  title: string;
  create: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchResults: (shown: KonanLabelCount, total: KonanLabelCount) => string;
  noMatchTitle: (query: string) => string;
  clearSearch: string;
  created: (date: string) => string;
  /** Shown for a deployment whose name is empty. */
  unnamed: string;
  /** The badge next to the title: how many deployments there are. */
  count: (count: KonanLabelCount) => string;
  delete: string;
  deleteAction: (name: string) => string;
  deletePending: string;
  deleteTitle: (name: string) => string;
  deleteDescription: string;
  deleteConfirm: string;
  cancel: string;
  deleteFailed: (name: string) => string;
  deleteDone: (name: string) => string;
  /** The marker of a deployment that has no live model, so answers no prediction. */
  notServing: string;
  dismiss: string;
}

export const defaultDeploymentsListLabels: DeploymentsListLabels = {
  title: 'Deployments',
  loading: 'Loading deployments…',
  errorTitle: 'The deployments could not be loaded',
  refreshErrorTitle: 'The deployments could not be refreshed; showing the last known list.',
  retry: 'Retry',
  signedOutTitle: 'Log in to see your deployments.',
  emptyTitle: 'No deployments yet',
  emptyHint: 'A deployment serves your model behind an API. Create one to start.',
  create: 'Create deployment',
  searchLabel: 'Search deployments',
  searchPlaceholder: 'Name',
  searchResults: (shown, total) =>
    `${shown.text} of ${total.text} ${total.value === 1 ? 'deployment' : 'deployments'}`,
  noMatchTitle: (query) => `No deployment matches “${query}”.`,
  clearSearch: 'Clear search',
  created: (date) => `Created ${date}`,
  unnamed: 'Unnamed deployment',
  count: (count) => count.text,
  delete: 'Delete',
  deleteAction: (name) => `Delete deployment ${name}`,
  deletePending: 'Deleting…',
  deleteTitle: (name) => `Delete the deployment “${name}”?`,
  deleteDescription:
    'Its models, predictions and feedback are deleted with it, and its API stops answering. This cannot be undone.',
  deleteConfirm: 'Delete deployment',
  cancel: 'Cancel',
  deleteFailed: (name) => `“${name}” was not deleted`,
  deleteDone: (name) => `“${name}” was deleted.`,
  notServing: 'Not serving',
  dismiss: 'Dismiss',
};
