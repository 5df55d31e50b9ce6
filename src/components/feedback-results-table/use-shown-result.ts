import { useRef } from 'react';
import type { KonanFeedbacksResult } from '../../client/types.js';
import type { UseSubmitFeedbacksResult } from '../../react/index.js';

/**
 * The result to show for a submission. While a retry of not-sent items runs, the mutation has no
 * data; the previous result stays on screen (marked as retrying) instead of disappearing.
 */
export function useShownResult(submission: UseSubmitFeedbacksResult): {
  result: KonanFeedbacksResult | undefined;
  retrying: boolean;
} {
  const last = useRef<KonanFeedbacksResult | undefined>(undefined);
  const { data, isPending } = submission;
  if (data) last.current = data;
  else if (!isPending) last.current = undefined;
  const result = data ?? (isPending ? last.current : undefined);
  return { result, retrying: isPending && result !== undefined };
}
