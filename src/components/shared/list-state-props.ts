/** The props a list or table takes for the state of its data (see `ListState`). */
export interface KonanListStateProps {
  /** The data is loading for the first time. */
  pending?: boolean;
  /** Loading failed: instead of the list at first, above it (or below it) once it is shown. */
  error?: unknown;
  /** Try the failed request again. */
  onRetry?: () => void;
  /** Nobody is logged in: nothing to load yet. */
  signedOut?: boolean;
}
