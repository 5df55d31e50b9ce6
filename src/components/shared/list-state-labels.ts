/** The texts every list or table shows around its rows: while loading, on failure, when empty. */
export interface ListStateLabels {
  loading: string;
  /** The first load failed: nothing to show. */
  errorTitle: string;
  retry: string;
  /** Nobody is logged in: nothing to load yet. */
  signedOutTitle: string;
  emptyTitle: string;
  emptyHint: string;
}

/** The texts of a list that refreshes in the background and keeps its rows when that fails. */
export interface RefreshedListStateLabels extends ListStateLabels {
  refreshErrorTitle: string;
}
