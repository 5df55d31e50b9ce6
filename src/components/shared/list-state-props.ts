/** The props a view takes for the state of its data (see `ListState` and `PanelState`). */
export interface KonanListStateProps {
  /** The data is loading for the first time; what is already shown stays on screen meanwhile. */
  pending?: boolean | undefined;
  /** Loading failed: instead of the data at first, above it (or below it) once it is shown. */
  error?: unknown;
  /** Try the failed request again. */
  onRetry?: (() => void) | undefined;
  /** Nobody is logged in: nothing to load yet. */
  signedOut?: boolean | undefined;
}
