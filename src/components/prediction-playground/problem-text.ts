import type { KonanFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import type { FeedbackTargetProblem } from './feedback-target.js';
import type { PredictionPlaygroundLabels } from './prediction-playground-labels.js';

/** The message for a JSON input or feedback target problem. */
export function problemText(
  problem: FeedbackTargetProblem,
  labels: PredictionPlaygroundLabels,
  emptyMessage: string,
  format: KonanFormatters,
): string {
  if (problem.kind === 'empty') return emptyMessage;
  if (problem.kind === 'not-object-or-text') return labels.targetNotObjectOrText;
  return labels.syntaxError(
    labelCount(problem.line, format.number),
    labelCount(problem.column, format.number),
    labels.expectations[problem.expected],
    problem.found,
  );
}
