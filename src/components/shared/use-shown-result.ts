import { useRef } from 'react';

/**
 * The result to show for a submission that may be re-run (e.g. `useSubmitFeedbacks`: pass it
 * whole, or `{ data, isPending }`). While a new run (such as a retry of not-sent items) is
 * pending, the mutation has no data; the previous result stays on screen, marked as `retrying`,
 * instead of disappearing.
 */
export function useShownResult<Result>(submission: {
  data: Result | undefined;
  isPending: boolean;
}): { result: Result | undefined; retrying: boolean } {
  const last = useRef<Result | undefined>(undefined);
  const { data, isPending } = submission;
  if (data) last.current = data;
  else if (!isPending) last.current = undefined;
  const result = data ?? (isPending ? last.current : undefined);
  return { result, retrying: isPending && result !== undefined };
}
